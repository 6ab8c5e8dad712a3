using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>One entry of the <c>media</c> array of a policy file.</summary>
internal sealed class PolicyMediaEntry
{
    public string? MediaType { get; set; }

    public long? MaxBytes { get; set; }

    public List<string>? Extensions { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
