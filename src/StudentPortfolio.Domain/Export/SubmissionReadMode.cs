namespace StudentPortfolio.Export;

/// <summary>How <see cref="SubmissionReader"/> reacts to errors.</summary>
public enum SubmissionReadMode
{
    /// <summary>The first error throws a <see cref="SubmissionFormatException"/>.</summary>
    Strict = 0,

    /// <summary>Errors are reported; a student with errors is left out and the remaining students are still read. Errors that make the rest unreadable (syntax, truncation, an oversized value) end the read.</summary>
    Lenient = 1,
}
