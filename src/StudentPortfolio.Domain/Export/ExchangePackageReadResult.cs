using StudentPortfolio.Enrollment;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>The outcome of reading an exchange package file: the package, or the errors that prevented it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExchangePackageReadResult
{
    private readonly ValueList<SubmissionError> _errors;

    /// <summary>Creates a result.</summary>
    /// <param name="package">The package, or <see langword="null"/> when the file has an error.</param>
    /// <param name="errors">The errors.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> has a <see langword="null"/> element.</exception>
    public ExchangePackageReadResult(ExchangePackage? package, IEnumerable<SubmissionError>? errors)
    {
        Package = package;
        _errors = ValueList<SubmissionError>.From(errors, nameof(errors));
    }

    /// <summary>Gets the package, or <see langword="null"/> when the file has an error.</summary>
    public ExchangePackage? Package { get; }

    /// <summary>Gets every error (positions, rule codes; identity numbers masked).</summary>
    public IReadOnlyList<SubmissionError> Errors => _errors;

    /// <summary>Gets whether the file was read without errors.</summary>
    public bool IsValid => _errors.Count == 0 && Package is not null;
}
