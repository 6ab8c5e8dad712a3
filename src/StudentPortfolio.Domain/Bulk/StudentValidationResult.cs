using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>The result of validating one student of a submission file (單一學生檢核結果).</summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> shows the student masked.</remarks>
public sealed class StudentValidationResult
{
    internal StudentValidationResult(long index, SourcePosition position, StudentKey? student, IReadOnlyList<ValidationIssue> issues)
    {
        Index = index;
        Position = position;
        Student = student;
        Issues = issues;
        var errors = 0;
        foreach (var issue in issues)
        {
            if (issue.Severity == Severity.Error)
            {
                errors++;
            }
        }

        ErrorCount = errors;
        WarningCount = issues.Count - errors;
    }

    /// <summary>Gets the zero-based index of the student in the <c>students</c> array.</summary>
    public long Index { get; }

    /// <summary>Gets where the student's object starts in the file: line, byte in the line and byte offset.</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets the student key, when the national ID and birth date are valid.</summary>
    public StudentKey? Student { get; }

    /// <summary>Gets the issues found, in the order they were found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets a value indicating whether the student has no error (warnings allowed).</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns e.g. <c>student 3 (A12****789/2008-05-01): 1 error(s), 0 warning(s)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"student {Index} ({Student?.ToString() ?? "-"}): {ErrorCount} error(s), {WarningCount} warning(s)");
}
