using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// Thrown by <see cref="ExchangePackageFile"/> in <see cref="SubmissionReadMode.Strict"/> mode when an exchange
/// package file has an error. The message is the first error's <see cref="SubmissionError.ToString"/> (identity
/// numbers masked).
/// </summary>
public sealed class ExchangePackageFormatException : FormatException
{
    private readonly ValueList<SubmissionError> _errors;

    /// <summary>Creates an exception for one or more errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty or has a <see langword="null"/> element.</exception>
    public ExchangePackageFormatException(IEnumerable<SubmissionError> errors)
        : this(ValueList<SubmissionError>.From(errors ?? throw new ArgumentNullException(nameof(errors)), nameof(errors)))
    {
    }

    /// <summary>Creates an exception with a message only (no errors); prefer the constructor taking errors.</summary>
    public ExchangePackageFormatException()
        : base("The exchange package file is not valid.")
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    /// <summary>Creates an exception with a message only (no errors); prefer the constructor taking errors.</summary>
    /// <param name="message">The message.</param>
    public ExchangePackageFormatException(string message)
        : base(message)
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    /// <summary>Creates an exception with a message and an inner exception (no errors).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ExchangePackageFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        _errors = ValueList<SubmissionError>.Empty;
    }

    private ExchangePackageFormatException(ValueList<SubmissionError> errors)
        : base(errors.Count > 0 ? errors[0].ToString() : throw new ArgumentException("At least one error is required.", nameof(errors)))
    {
        _errors = errors;
    }

    /// <summary>Gets the errors that stopped the read (the first one is in the message).</summary>
    public IReadOnlyList<SubmissionError> Errors => _errors;
}
