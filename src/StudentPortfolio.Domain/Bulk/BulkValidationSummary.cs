using NodaTime;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>The outcome of validating a whole submission file (大量檢核摘要): counts, per-code totals and any fatal problem.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BulkValidationSummary
{
    /// <summary>Gets the document header fields.</summary>
    public required BulkDocumentHeader Header { get; init; }

    /// <summary>Gets the number of elements of the <c>students</c> array read (including damaged ones).</summary>
    public required long StudentsRead { get; init; }

    /// <summary>Gets the number of students with at least one error.</summary>
    public required long StudentsWithErrors { get; init; }

    /// <summary>Gets the number of students with warnings and no error.</summary>
    public required long StudentsWithWarningsOnly { get; init; }

    /// <summary>Gets the number of error issues, including a fatal document problem.</summary>
    public required long ErrorCount { get; init; }

    /// <summary>Gets the number of warning issues.</summary>
    public required long WarningCount { get; init; }

    /// <summary>Gets the number of issues per rule code, ordered by code.</summary>
    public required IReadOnlyDictionary<string, long> IssueCountsByCode { get; init; }

    /// <summary>Gets the bytes read from the input.</summary>
    public required long BytesRead { get; init; }

    /// <summary>Gets the wall-clock time the run took.</summary>
    public required Duration Elapsed { get; init; }

    /// <summary>
    /// Gets the problems of the document outside any student (header members, members after the <c>students</c>
    /// array, trailing content), with the rule codes and positions <see cref="Export.SubmissionReader"/> reports
    /// for them; they are counted in <see cref="ErrorCount"/> and <see cref="IssueCountsByCode"/>.
    /// </summary>
    public IReadOnlyList<ValidationIssue> DocumentIssues { get; init; } = [];

    /// <summary>Gets the problem that stopped reading the document (truncated file, wrong structure), if any.</summary>
    public ValidationIssue? FatalIssue { get; init; }

    /// <summary>Gets a value indicating whether the whole document was read to its closing brace.</summary>
    public required bool Completed { get; init; }

    /// <summary>Gets a value indicating whether there is no error at all (no student error, no document error).</summary>
    public bool IsValid => ErrorCount == 0;
}
