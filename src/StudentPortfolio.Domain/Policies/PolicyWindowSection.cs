using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>windows</c> section of a policy file.</summary>
internal sealed class PolicyWindowSection
{
    [JsonPropertyName("uploadDaysAfterClosingCeremony")]
    public long? UploadDaysAfterClosingCeremony { get; set; }

    [JsonPropertyName("receiptConfirmationMinimumDays")]
    public long? ReceiptConfirmationMinimumDays { get; set; }

    [JsonPropertyName("graduatingGrade")]
    public long? GraduatingGrade { get; set; }

    [JsonPropertyName("exemptGraduatingSecondSemester")]
    public bool? ExemptGraduatingSecondSemester { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
