using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// Thrown by <see cref="SubmissionReader"/> in <see cref="SubmissionReadMode.Strict"/> mode when a document has an
/// error. The message is the first error's <see cref="SubmissionError.ToString"/> (identity numbers masked).
/// </summary>
public sealed class SubmissionFormatException : FormatException
{
    private readonly ValueList<SubmissionError> _errors;

    /// <summary>Creates an exception for one or more errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or has a <see langword="null"/> element.</exception>
    public SubmissionFormatException(IEnumerable<SubmissionError> errors)
        : this(ValueList<SubmissionError>.From(errors ?? throw new ArgumentNullException(nameof(errors)), nameof(errors)))
    {
    }

    /// <summary>Creates an exception with a message only (no errors); prefer the constructor taking errors.</summary>
    public SubmissionFormatException()
        : base("The submission document is not valid.")
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    /// <summary>Creates an exception with a message only (no errors); prefer the constructor taking errors.</summary>
    /// <param name="message">The message.</param>
    public SubmissionFormatException(string message)
        : base(message)
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    /// <summary>Creates an exception with a message and an inner exception (no errors).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public SubmissionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    private SubmissionFormatException(ValueList<SubmissionError> errors)
        : base(errors.Count > 0 ? errors[0].ToString() : throw new ArgumentException("At least one error is required.", nameof(errors)))
    {
        _errors = errors;
    }

    /// <summary>Gets the errors that stopped the read (the first one is in the message).</summary>
    public IReadOnlyList<SubmissionError> Errors => _errors;

    /// <summary>Gets the first error, or <see langword="null"/> when the exception was created from a message only.</summary>
    public SubmissionError? Error => _errors.Count > 0 ? _errors[0] : null;
}
