using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>enrollment</c> section of a policy file.</summary>
internal sealed class PolicyEnrollmentSection
{
    [JsonPropertyName("countTransferYearAcrossSchools")]
    public bool? CountTransferYearAcrossSchools { get; set; }

    [JsonPropertyName("repeatedYearHasFreshQuota")]
    public bool? RepeatedYearHasFreshQuota { get; set; }

    [JsonPropertyName("requireCertifiedTransferOutcomes")]
    public bool? RequireCertifiedTransferOutcomes { get; set; }

    [JsonPropertyName("exemptTermsEndingInSuspension")]
    public bool? ExemptTermsEndingInSuspension { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
