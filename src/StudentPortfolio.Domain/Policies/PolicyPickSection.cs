using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>applicationPicks</c> section of a policy file.</summary>
internal sealed class PolicyPickSection
{
    [JsonPropertyName("universityOutcomes")]
    public long? UniversityOutcomes { get; set; }

    [JsonPropertyName("universityPerformances")]
    public long? UniversityPerformances { get; set; }

    [JsonPropertyName("technicalCollegeOutcomes")]
    public long? TechnicalCollegeOutcomes { get; set; }

    [JsonPropertyName("technicalCollegePerformances")]
    public long? TechnicalCollegePerformances { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
