namespace StudentPortfolio.Samples.Validator;

/// <summary>The parsed command line of <c>validate</c>.</summary>
internal sealed record ValidateSettings(string File, string Policy, string Format, bool FailOnWarning, int Threads, int Top, bool Chinese)
{
    /// <summary>Gets a value indicating whether the report is JSON on stdout.</summary>
    public bool Json => Format == "json";

    /// <summary>Gets a value indicating whether the report is one self-contained HTML page on stdout.</summary>
    public bool Html => Format == "html";
}
