namespace StudentPortfolio.Policies;

/// <summary>
/// The choices this library makes where the national rules for enrollment changes (「高級中等教育階段學生學籍異動之學生學習歷程檔案處理原則」)
/// could not be found: each is an inference ([I]) turned into a switch. <see cref="Default"/> holds the documented readings.
/// </summary>
/// <param name="CountTransferYearAcrossSchools">
/// Whether the yearly caps of an academic year in which the student changed school count the work of both schools
/// together (a mid-year transfer does not reset the year's caps). Default <see langword="true"/>; when
/// <see langword="false"/> each school's work has its own bucket.
/// </param>
/// <param name="RepeatedYearHasFreshQuota">
/// Whether a repeated year (重讀) is counted as its own academic year with fresh caps. Default <see langword="true"/>;
/// when <see langword="false"/> the work of the repeated year counts against the quota of the year it repeats.
/// </param>
/// <param name="RequireCertifiedTransferOutcomes">
/// Whether a transferred (轉學轉科) course learning outcome must have been certified at the original school to be
/// submitted by the receiving school. Default <see langword="true"/>.
/// </param>
/// <param name="ExemptTermsEndingInSuspension">
/// Whether a term in which the student is suspended on its last day needs no submission even though the student
/// studied during part of it. Default <see langword="false"/>: only terms suspended on every day are exempt.
/// </param>
/// <param name="TransferredItemsCountTowardUploadCaps">
/// Whether course learning outcomes and multi-performance items brought in from an earlier school (a transfer
/// record, or an id carrying another school's code as exchanged records do) count toward this school's upload caps.
/// Default <see langword="false"/>: the per-period upload cap (e.g. 松山商家學生學習歷程檔案作業補充規定 五(三)1 「至多6件」)
/// counts the uploads made on this school's platform, and items brought in count toward the yearly selection caps
/// only. <see langword="true"/> counts them toward both.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnrollmentPolicy(
    bool CountTransferYearAcrossSchools = true,
    bool RepeatedYearHasFreshQuota = true,
    bool RequireCertifiedTransferOutcomes = true,
    bool ExemptTermsEndingInSuspension = false,
    bool TransferredItemsCountTowardUploadCaps = false)
{
    /// <summary>Gets the documented default readings.</summary>
    public static EnrollmentPolicy Default { get; } = new();
}
