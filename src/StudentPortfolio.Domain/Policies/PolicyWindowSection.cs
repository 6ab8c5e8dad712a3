using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>windows</c> section of a policy file.</summary>
internal sealed class PolicyWindowSection : JsonSection
{
    public long? UploadDaysAfterClosingCeremony { get; set; }

    public long? ReceiptConfirmationMinimumDays { get; set; }

    public long? GraduatingGrade { get; set; }

    public bool? ExemptGraduatingSecondSemester { get; set; }

    public bool? RequireSelfCheck { get; set; }
}
