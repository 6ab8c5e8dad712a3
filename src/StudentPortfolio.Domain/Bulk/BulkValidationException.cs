using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Thrown at the end of <see cref="BulkValidator.ValidateStudentsAsync"/> when the document could not be read to
/// its end (truncated file, wrong structure). The message carries the rule code, line and byte offset.
/// </summary>
public sealed class BulkValidationException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public BulkValidationException()
        : this("The submission document could not be read to its end.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BulkValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BulkValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal BulkValidationException(ValidationIssue issue, BulkValidationSummary summary)
        : base($"{issue.Code}: {issue.Message}")
    {
        Issue = issue;
        Summary = summary;
    }

    /// <summary>Gets the fatal issue, when thrown by the validator.</summary>
    public ValidationIssue? Issue { get; }

    /// <summary>Gets the summary of what was read before the problem, when thrown by the validator.</summary>
    public BulkValidationSummary? Summary { get; }
}
