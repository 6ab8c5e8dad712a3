using StudentPortfolio.Internal;

namespace StudentPortfolio.Rules;

/// <summary>
/// The immutable result of a validation: the issues in a deterministic order (student, path, code).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ValidationReport
{
    private readonly ValueList<ValidationIssue> _issues;

    /// <summary>Creates a report; the issues are sorted into the canonical order.</summary>
    /// <param name="issues">The issues in any order.</param>
    /// <exception cref="ArgumentException">An issue is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationIssue>? issues)
    {
        var list = ValueList<ValidationIssue>.From(issues, nameof(issues)).ToArray();
        Array.Sort(list, IssueOrder.Instance);
        _issues = ValueList<ValidationIssue>.From(list, nameof(issues));
        ErrorCount = list.Count(i => i.Severity == Severity.Error);
        WarningCount = list.Length - ErrorCount;
    }

    /// <summary>Gets the report with no issues.</summary>
    public static ValidationReport Empty { get; } = new((IEnumerable<ValidationIssue>?)null);

    /// <summary>Gets the issues in canonical order.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets a value indicating whether there are no errors (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns a summary line, e.g. <c>2 error(s), 1 warning(s)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{ErrorCount} error(s), {WarningCount} warning(s)";

    private sealed class IssueOrder : IComparer<ValidationIssue>
    {
        public static readonly IssueOrder Instance = new();

        public int Compare(ValidationIssue? x, ValidationIssue? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null)
            {
                return -1;
            }

            if (y is null)
            {
                return 1;
            }

            var c = Nullable.Compare(x.Student, y.Student);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Path, y.Path);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(x.Code, y.Code);
            }

            if (c == 0)
            {
                c = Nullable.Compare(x.RecordId, y.RecordId);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(string.Join('\u001f', x.Arguments), string.Join('\u001f', y.Arguments));
            }

            return c;
        }
    }
}
