namespace StudentPortfolio.Samples.Validator;

/// <summary>The parsed command line of <c>validate</c>.</summary>
internal sealed record ValidateSettings(string File, string Policy, bool Json, bool FailOnWarning, int Threads, int Top, bool Chinese);
