namespace StudentPortfolio.Policies;

/// <summary>
/// The rules a school's submission calendar must follow (作業要點 as quoted by the 技專校院招生委員會聯合會).
/// </summary>
/// <param name="UploadDaysAfterClosingCeremony">The student outcome-upload window must stay open at least this many days after the semester's closing ceremony (休業式); national: 14.</param>
/// <param name="ReceiptConfirmationMinimumDays">The receipt-confirmation window (收訖明細確認) must last at least this many days; national: 3. A window counts as N days when it touches N Taipei calendar dates and lasts more than (N - 1) × 24 hours.</param>
/// <param name="GraduatingGrade">The final grade of the school (高三 = 3), whose second semester is exempt from the upload rule.</param>
/// <param name="ExemptGraduatingSecondSemester">Whether the graduating grade's second semester is exempt from <paramref name="UploadDaysAfterClosingCeremony"/>.</param>
/// <param name="RequireSelfCheck">Whether every window must have a self-check time (自我檢核時間; 松山商家學生學習歷程檔案作業補充規定 四 「分別訂定其起訖時間及自我檢核時間」): a window without one is reported (<c>SP-W008</c>). Default <see langword="false"/>; the <c>songshan</c> preset sets it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WindowPolicy(int UploadDaysAfterClosingCeremony, int ReceiptConfirmationMinimumDays, int GraduatingGrade, bool ExemptGraduatingSecondSemester, bool RequireSelfCheck = false)
{
    /// <summary>Gets the minimum number of days the upload window stays open after the closing ceremony.</summary>
    public int UploadDaysAfterClosingCeremony { get; } = UploadDaysAfterClosingCeremony >= 0
        ? UploadDaysAfterClosingCeremony
        : throw new ArgumentOutOfRangeException(nameof(UploadDaysAfterClosingCeremony), UploadDaysAfterClosingCeremony, "The number of days must be 0 or more.");

    /// <summary>Gets the minimum length of the receipt-confirmation window in days.</summary>
    public int ReceiptConfirmationMinimumDays { get; } = ReceiptConfirmationMinimumDays >= 0
        ? ReceiptConfirmationMinimumDays
        : throw new ArgumentOutOfRangeException(nameof(ReceiptConfirmationMinimumDays), ReceiptConfirmationMinimumDays, "The number of days must be 0 or more.");

    /// <summary>Gets the graduating grade, 1 to 4.</summary>
    public int GraduatingGrade { get; } = GraduatingGrade is >= 1 and <= Portfolio.StudentBasicData.MaxGrade
        ? GraduatingGrade
        : throw new ArgumentOutOfRangeException(nameof(GraduatingGrade), GraduatingGrade, "Value should be in range [1-4].");
}
