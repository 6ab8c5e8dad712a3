using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>description</c> section of a policy file.</summary>
internal sealed class PolicyDescriptionSection
{
    public bool? Required { get; set; }

    public long? MaxCharacters { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
