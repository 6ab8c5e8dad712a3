using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>uploads</c> limit of a policy file section.</summary>
internal sealed class PolicyUploadSection : JsonSection
{
    public PolicyCount? Min { get; set; }

    public PolicyCount? Max { get; set; }

    public string? Per { get; set; }

    public string? MinSeverity { get; set; }
}
