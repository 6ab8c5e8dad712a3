using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// The outcome of reading one element of <c>students</c>: the student, or the errors that kept it out. A result
/// with <see cref="IsDocumentLevel"/> set reports an error outside any student (e.g. content after the array).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StudentReadResult
{
    private readonly ValueList<SubmissionError> _errors;

    internal StudentReadResult(int index, StudentSubmission? student, IEnumerable<SubmissionError>? errors, bool isDocumentLevel = false)
    {
        Index = index;
        Student = student;
        _errors = ValueList<SubmissionError>.From(errors, nameof(errors));
        IsDocumentLevel = isDocumentLevel;
    }

    /// <summary>Gets the index in <c>students</c> (for a document-level result: the number of elements read before the error).</summary>
    public int Index { get; }

    /// <summary>Gets the student, or <see langword="null"/> when it had errors.</summary>
    public StudentSubmission? Student { get; }

    /// <summary>Gets the errors.</summary>
    public IReadOnlyList<SubmissionError> Errors => _errors;

    /// <summary>Gets a value indicating whether the student was read without errors.</summary>
    public bool IsValid => Student is not null && _errors.Count == 0;

    /// <summary>Gets a value indicating whether this result reports a document-level error rather than a student.</summary>
    public bool IsDocumentLevel { get; }

    /// <summary>Returns a summary with the student key masked.</summary>
    /// <returns>For example <c>students[3]: Submission of A12****789/2008-05-01</c> or <c>students[4]: 2 error(s)</c>.</returns>
    public override string ToString() => Student is not null ? $"students[{Index}]: {Student}" : $"students[{Index}]: {_errors.Count} error(s)";
}
