using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>certification</c> section of a policy file.</summary>
internal sealed class PolicyCertificationSection
{
    [JsonPropertyName("supervisingTeachers")]
    public bool? SupervisingTeachers { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
