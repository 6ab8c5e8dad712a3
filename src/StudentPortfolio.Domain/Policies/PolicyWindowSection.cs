using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>windows</c> section of a policy file.</summary>
internal sealed class PolicyWindowSection
{
    public long? UploadDaysAfterClosingCeremony { get; set; }

    public long? ReceiptConfirmationMinimumDays { get; set; }

    public long? GraduatingGrade { get; set; }

    public bool? ExemptGraduatingSecondSemester { get; set; }

    public bool? RequireSelfCheck { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
