using StudentPortfolio.Bulk;

namespace StudentPortfolio.Samples.Validator;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>No rule errors (nor warnings with <c>--fail-on warning</c>).</summary>
    public const int Clean = 0;

    /// <summary>Rule errors, or warnings with <c>--fail-on warning</c>.</summary>
    public const int RuleViolations = 1;

    /// <summary>Bad input (unreadable file, malformed or truncated document, bad policy file) or bad usage.</summary>
    public const int Usage = 2;

    /// <summary>The report could not be written (standard output closed or full).</summary>
    public const int OutputFailed = 3;

    /// <summary>Interrupted by SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int Interrupted = 130;

    /// <summary>Terminated by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;

    /// <summary>0 clean, 1 rule errors (or warnings when failing on warnings), 2 when the document could not be read to its end.</summary>
    public static int For(BulkValidationSummary summary, bool failOnWarning) =>
        summary.FatalIssue is not null ? Usage
        : summary.ErrorCount > 0 || (failOnWarning && summary.WarningCount > 0) ? RuleViolations
        : Clean;
}
