using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Collects one student's issues as they are found; they become <see cref="ValidationIssue"/>s (with the student
/// key, known only once the national ID and birth date have been read) when the student is finished.
/// </summary>
/// <remarks>
/// Not thread-safe: one instance per worker, cleared per student. Keeps at most <see cref="Limit"/> issues (the first
/// found); the rest are only counted by rule and severity, so one student's memory does not grow with its issues.
/// </remarks>
internal sealed class StudentIssueSink
{
    private readonly List<Pending> _pending = [];
    private readonly List<DroppedIssues> _dropped = [];

    /// <summary>Gets or sets the most issues kept per student (<see cref="PortfolioValidationOptions.MaxIssuesPerStudent"/>).</summary>
    public int Limit { get; set; } = PortfolioValidationOptions.DefaultMaxIssuesPerStudent;

    /// <summary>Gets the issues found, kept and dropped.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the counts of the issues dropped past <see cref="Limit"/>.</summary>
    public IReadOnlyList<DroppedIssues> Dropped => _dropped;

    /// <summary>Gets a value indicating whether the next issue will only be counted.</summary>
    public bool IsFull => _pending.Count >= Limit;

    /// <summary>Counts an issue past <see cref="Limit"/> without its location and arguments.</summary>
    public void CountDropped(RuleDescriptor rule)
    {
        Count++;
        DroppedIssues.Add(_dropped, rule, rule.Severity, 1);
    }

    public void Clear()
    {
        _pending.Clear();
        _dropped.Clear();
        Count = 0;
    }

    /// <summary>Drops the issues reported from position <paramref name="count"/> on (a school rule that failed).</summary>
    public void RemoveFrom(int count) => _pending.RemoveRange(count, _pending.Count - count);

    /// <summary>Reports a violation. Arguments must never contain an unmasked national ID.</summary>
    public void Add(RuleDescriptor rule, RecordId? recordId, string path, params string[] arguments) =>
        Add(new Pending(rule, recordId, path, arguments, null));

    /// <summary>Reports a violation with a severity other than the rule's (e.g. a policy's minimum severity).</summary>
    public void Add(RuleDescriptor rule, Severity? severity, RecordId? recordId, string path, params string[] arguments) =>
        Add(new Pending(rule, recordId, path, arguments, severity));

    private void Add(in Pending issue)
    {
        Count++;
        if (_pending.Count < Limit)
        {
            _pending.Add(issue);
        }
        else
        {
            DroppedIssues.Add(_dropped, issue.Rule, issue.Severity ?? issue.Rule.Severity, 1);
        }
    }

    public IReadOnlyList<ValidationIssue> Build(StudentPortfolio.Identity.StudentKey? student)
    {
        if (_pending.Count == 0)
        {
            return [];
        }

        var issues = new ValidationIssue[_pending.Count];
        for (var i = 0; i < issues.Length; i++)
        {
            var p = _pending[i];
            issues[i] = new ValidationIssue(p.Rule, student, p.RecordId, p.Path, p.Arguments, p.Severity);
        }

        return issues;
    }

    private readonly record struct Pending(RuleDescriptor Rule, RecordId? RecordId, string Path, string[] Arguments, Severity? Severity);
}
