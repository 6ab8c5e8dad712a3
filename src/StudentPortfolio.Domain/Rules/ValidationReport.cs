using StudentPortfolio.Internal;

namespace StudentPortfolio.Rules;

/// <summary>
/// The immutable result of a validation: the issues in a deterministic order (student, path, code).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationReport
{
    private readonly ValueList<ValidationIssue> _issues;
    private readonly ValueList<ValidationIssue> _errors;
    private readonly ValueList<ValidationIssue> _warnings;
    private readonly ValueList<DroppedIssues> _dropped = ValueList<DroppedIssues>.Empty;

    /// <summary>Creates a report; the issues are sorted into the canonical order.</summary>
    /// <param name="issues">The issues in any order.</param>
    /// <exception cref="ArgumentException">An issue is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationIssue>? issues)
    {
        var list = ValueList<ValidationIssue>.From(issues, nameof(issues)).ToArray();
        Array.Sort(list, Compare);
        _issues = ValueList<ValidationIssue>.From(list, nameof(issues));
        _errors = ValueList<ValidationIssue>.From(list.Where(i => i.Severity == Severity.Error), nameof(issues));
        _warnings = ValueList<ValidationIssue>.From(list.Where(i => i.Severity != Severity.Error), nameof(issues));
        ErrorCount = _errors.Count;
        WarningCount = _warnings.Count;
    }

    /// <summary>Creates a report of the kept issues and the counts of those dropped past an issue cap.</summary>
    internal ValidationReport(IEnumerable<ValidationIssue>? issues, IReadOnlyList<DroppedIssues> dropped)
        : this(issues)
    {
        if (dropped.Count == 0)
        {
            return;
        }

        _dropped = ValueList<DroppedIssues>.From(dropped, nameof(dropped));
        foreach (var d in _dropped.AsSpan())
        {
            if (d.Severity == Severity.Error)
            {
                ErrorCount += d.Count;
            }
            else
            {
                WarningCount += d.Count;
            }

            DroppedIssueCount += d.Count;
        }
    }

    /// <summary>Gets the report with no issues.</summary>
    public static ValidationReport Empty { get; } = new((IEnumerable<ValidationIssue>?)null);

    /// <summary>Gets the issues in canonical order.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Gets the errors, in canonical order.</summary>
    public IReadOnlyList<ValidationIssue> Errors => _errors;

    /// <summary>Gets the warnings, in canonical order.</summary>
    public IReadOnlyList<ValidationIssue> Warnings => _warnings;

    /// <summary>Gets the number of errors, including errors dropped past the issue cap (so it may exceed <see cref="Errors"/>' count).</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings, including warnings dropped past the issue cap.</summary>
    public int WarningCount { get; }

    /// <summary>
    /// Gets how many issues were found but not kept because the per-student cap
    /// (<see cref="Validation.PortfolioValidationOptions.MaxIssuesPerStudent"/>) was reached; 0 normally.
    /// </summary>
    public int DroppedIssueCount { get; }

    /// <summary>Gets the dropped issues counted by rule code (sorted by code); empty when nothing was dropped.</summary>
    public IReadOnlyDictionary<string, int> DroppedIssueCountsByCode => DroppedIssues.ByCode(_dropped);

    /// <summary>Gets a value indicating whether there are no errors (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>
    /// Merges reports (for example the policy validator's, the enrollment validator's and a calendar check's) into one,
    /// in canonical order. An issue found by two reports appears twice.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The merged report; <see cref="Empty"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A report is <see langword="null"/>.</exception>
    public static ValidationReport Merge(IEnumerable<ValidationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var issues = new List<ValidationIssue>();
        var dropped = new List<DroppedIssues>();
        foreach (var report in reports)
        {
            if (report is null)
            {
                throw new ArgumentException("A report is null.", nameof(reports));
            }

            issues.AddRange(report._issues);
            foreach (var d in report._dropped.AsSpan())
            {
                DroppedIssues.Add(dropped, d.Rule, d.Severity, d.Count);
            }
        }

        return issues.Count == 0 && dropped.Count == 0 ? Empty : new ValidationReport(issues, dropped);
    }

    /// <summary>Returns this report merged with another (see <see cref="Merge(IEnumerable{ValidationReport})"/>).</summary>
    /// <param name="other">The other report.</param>
    /// <returns>The merged report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ValidationReport Merge(ValidationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Merge([this, other]);
    }

    /// <summary>Returns a summary line, e.g. <c>2 error(s), 1 warning(s)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        DroppedIssueCount == 0 ? $"{ErrorCount} error(s), {WarningCount} warning(s)" : $"{ErrorCount} error(s), {WarningCount} warning(s), {DroppedIssueCount} not kept (issue cap)";

    /// <summary>Orders issues by student, path, code, record id and arguments, so that equal reports list equal issues.</summary>
    private static int Compare(ValidationIssue x, ValidationIssue y)
    {
        var c = Nullable.Compare(x.Student, y.Student);
        c = c != 0 ? c : string.CompareOrdinal(x.Path, y.Path);
        c = c != 0 ? c : string.CompareOrdinal(x.Code, y.Code);
        c = c != 0 ? c : Nullable.Compare(x.RecordId, y.RecordId);
        return c != 0 ? c : string.CompareOrdinal(string.Join('\u001f', x.Arguments), string.Join('\u001f', y.Arguments));
    }
}
