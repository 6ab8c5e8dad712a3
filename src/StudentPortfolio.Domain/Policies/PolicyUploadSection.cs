using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>uploads</c> limit of a policy file section.</summary>
internal sealed class PolicyUploadSection
{
    [JsonPropertyName("min")]
    public PolicyCount? Min { get; set; }

    [JsonPropertyName("max")]
    public PolicyCount? Max { get; set; }

    [JsonPropertyName("per")]
    public string? Per { get; set; }

    [JsonPropertyName("minSeverity")]
    public string? MinSeverity { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
