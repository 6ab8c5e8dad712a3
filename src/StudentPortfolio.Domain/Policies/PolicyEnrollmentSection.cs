using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>enrollment</c> section of a policy file.</summary>
internal sealed class PolicyEnrollmentSection : JsonSection
{
    public bool? CountTransferYearAcrossSchools { get; set; }

    public bool? RepeatedYearHasFreshQuota { get; set; }

    public bool? RequireCertifiedTransferOutcomes { get; set; }

    public bool? ExemptTermsEndingInSuspension { get; set; }

    public bool? TransferredItemsCountTowardUploadCaps { get; set; }
}
