using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Collects one student's issues as they are found; they become <see cref="ValidationIssue"/>s (with the student
/// key, known only once the national ID and birth date have been read) when the student is finished.
/// </summary>
/// <remarks>Not thread-safe: one instance per worker, cleared per student.</remarks>
internal sealed class StudentIssueSink
{
    private readonly List<Pending> _pending = [];

    public int Count => _pending.Count;

    public void Clear() => _pending.Clear();

    /// <summary>Drops the issues reported from position <paramref name="count"/> on (a school rule that failed).</summary>
    public void RemoveFrom(int count) => _pending.RemoveRange(count, _pending.Count - count);

    /// <summary>Reports a violation. Arguments must never contain an unmasked national ID.</summary>
    public void Add(RuleDescriptor rule, RecordId? recordId, string path, params string[] arguments) =>
        _pending.Add(new Pending(rule, recordId, path, arguments, null));

    /// <summary>Reports a violation with a severity other than the rule's (e.g. a policy's minimum severity).</summary>
    public void Add(RuleDescriptor rule, Severity? severity, RecordId? recordId, string path, params string[] arguments) =>
        _pending.Add(new Pending(rule, recordId, path, arguments, severity));

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
