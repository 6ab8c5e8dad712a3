using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>The result of validating one student of a submission file (單一學生檢核結果).</summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> shows the student masked.</remarks>
public sealed class StudentValidationResult
{
    internal StudentValidationResult(long index, SourcePosition position, StudentKey? student, IReadOnlyList<ValidationIssue> issues, IReadOnlyList<DroppedIssues>? dropped = null)
    {
        Index = index;
        Position = position;
        Student = student;
        Issues = issues;
        Dropped = dropped is null || dropped.Count == 0 ? [] : [.. dropped];
        var errors = 0;
        var warnings = 0;
        foreach (var issue in issues)
        {
            if (issue.Severity == Severity.Error)
            {
                errors++;
            }
            else
            {
                warnings++;
            }
        }

        foreach (var d in Dropped)
        {
            if (d.Severity == Severity.Error)
            {
                errors += d.Count;
            }
            else
            {
                warnings += d.Count;
            }

            DroppedIssueCount += d.Count;
        }

        ErrorCount = errors;
        WarningCount = warnings;
    }

    /// <summary>Gets the zero-based index of the student in the <c>students</c> array.</summary>
    public long Index { get; }

    /// <summary>Gets where the student's object starts in the file: line, byte in the line and byte offset.</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets the student key, when the national ID and birth date are valid.</summary>
    public StudentKey? Student { get; }

    /// <summary>
    /// Gets the issues kept, in the order they were found: at most
    /// <see cref="Validation.PortfolioValidationOptions.MaxIssuesPerStudent"/>, and none once the run has delivered
    /// <see cref="BulkValidationOptions.MaxIssuesPerRun"/> issues.
    /// </summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets the number of errors, including errors dropped past an issue cap.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings, including warnings dropped past an issue cap.</summary>
    public int WarningCount { get; }

    /// <summary>Gets how many issues were found but not kept because an issue cap was reached; 0 normally.</summary>
    public int DroppedIssueCount { get; }

    /// <summary>Gets the dropped issues counted by rule code (sorted by code); empty when nothing was dropped.</summary>
    public IReadOnlyDictionary<string, int> DroppedIssueCountsByCode => DroppedIssues.ByCode(Dropped);

    /// <summary>Gets the dropped counts by rule and severity.</summary>
    internal DroppedIssues[] Dropped { get; }

    /// <summary>Returns this result with its issues beyond the first <paramref name="keep"/> moved to the dropped counts.</summary>
    internal StudentValidationResult Keep(int keep)
    {
        if (keep >= Issues.Count)
        {
            return this;
        }

        var dropped = new List<DroppedIssues>(Dropped);
        for (var i = keep; i < Issues.Count; i++)
        {
            DroppedIssues.Add(dropped, Issues[i].Rule, Issues[i].Severity, 1);
        }

        return new StudentValidationResult(Index, Position, Student, [.. Issues.Take(keep)], dropped);
    }

    /// <summary>Gets a value indicating whether the student has no error (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns e.g. <c>student 3 (A12****789/2008-05-01): 1 error(s), 0 warning(s)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"student {Index} ({Student?.ToString() ?? "-"}): {ErrorCount} error(s), {WarningCount} warning(s){(DroppedIssueCount > 0 ? $", {DroppedIssueCount} not kept (issue cap)" : string.Empty)}");
}
