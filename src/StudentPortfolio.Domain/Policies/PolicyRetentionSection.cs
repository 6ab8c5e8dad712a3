using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>retention</c> section of a policy file.</summary>
internal sealed class PolicyRetentionSection
{
    public PolicyCount? YearsAfterLeaving { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
