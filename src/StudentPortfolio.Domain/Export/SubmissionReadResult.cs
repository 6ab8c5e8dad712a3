using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>The outcome of reading a whole submission document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubmissionReadResult
{
    private readonly ValueList<SubmissionError> _errors;

    internal SubmissionReadResult(SubmissionDocument? document, IEnumerable<SubmissionError> errors)
    {
        Document = document;
        _errors = ValueList<SubmissionError>.From(errors, nameof(errors));
    }

    /// <summary>Gets the document with every student read without errors, or <see langword="null"/> when the header could not be read.</summary>
    public SubmissionDocument? Document { get; }

    /// <summary>Gets every error, in file order.</summary>
    public IReadOnlyList<SubmissionError> Errors => _errors;

    /// <summary>Gets a value indicating whether the whole document was read without errors.</summary>
    public bool IsValid => Document is not null && _errors.Count == 0;

    /// <summary>Returns a summary without personal data.</summary>
    /// <returns>For example <c>Submission 000000 114-1 (3 students), 0 error(s)</c>.</returns>
    public override string ToString() => $"{Document?.ToString() ?? "No document"}, {_errors.Count} error(s)";
}
