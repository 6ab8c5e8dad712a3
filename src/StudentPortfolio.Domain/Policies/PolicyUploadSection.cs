using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>uploads</c> limit of a policy file section.</summary>
internal sealed class PolicyUploadSection
{
    public PolicyCount? Min { get; set; }

    public PolicyCount? Max { get; set; }

    public string? Per { get; set; }

    public string? MinSeverity { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
