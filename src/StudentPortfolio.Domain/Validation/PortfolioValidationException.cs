using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Thrown by <see cref="PortfolioValidator.ValidateAndThrow"/> when a portfolio breaks at least one error-severity
/// rule. The message lists the issues with the student masked.
/// </summary>
public sealed class PortfolioValidationException : Exception
{
    private const int MaxListed = 20;

    /// <summary>Creates the exception from a report.</summary>
    /// <param name="report">The report; it should have at least one error.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public PortfolioValidationException(ValidationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>Creates the exception with a message and an empty report.</summary>
    public PortfolioValidationException()
        : this(ValidationReport.Empty)
    {
    }

    /// <summary>Creates the exception with a message and an empty report.</summary>
    /// <param name="message">The message.</param>
    public PortfolioValidationException(string message)
        : base(message)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>Creates the exception with a message, an inner exception and an empty report.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public PortfolioValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = ValidationReport.Empty;
    }

    /// <summary>Gets the full report (errors and warnings).</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Issues.Where(i => i.Severity == Severity.Error).ToList();
        var lines = errors.Take(MaxListed).Select(i => "  " + i);
        var more = errors.Count > MaxListed ? $"{Environment.NewLine}  … and {errors.Count - MaxListed} more" : string.Empty;
        return $"The portfolio breaks {errors.Count} rule(s) ({report}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
