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
}
