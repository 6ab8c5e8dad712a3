using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>applicationPicks</c> section of a policy file.</summary>
internal sealed class PolicyPickSection
{
    public long? UniversityOutcomes { get; set; }

    public long? UniversityPerformances { get; set; }

    public long? TechnicalCollegeOutcomes { get; set; }

    public long? TechnicalCollegePerformances { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
