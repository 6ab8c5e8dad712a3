namespace StudentPortfolio.Rules;

/// <summary>Selection rules (<c>SP-S</c>): what may be selected (勾選) for the central database and picked for an application.</summary>
internal static class SelectionRules
{
    public static readonly RuleDescriptor SelectedOutcomeNotCertified = new(
        "SP-S001",
        Severity.Error,
        "松山 五(三)1 (上傳並經任課教師認證); 白河 四(二) (經任課或指導教師認證)",
        "勾選的課程學習成果 {0} 未經任課教師認證（狀態：{1}），或認證後內容已變更。",
        "The selected course learning outcome {0} is not certified by the course teacher (status: {1}), or it changed after certification.",
        "recordId",
        "status:name:certification");

    public static readonly RuleDescriptor DuplicateSelection = new(
        "SP-S002",
        Severity.Error,
        "Data integrity (an item counts once toward a cap); 白河 四(二) 勾選件數",
        "{0} 與其他 {1} 筆重複勾選同一件作品。",
        "{0} selects the same item as {1} other selection(s).",
        "recordId",
        "others");

    public static readonly RuleDescriptor SelectionFromAnotherYear = new(
        "SP-S003",
        Severity.Error,
        "松山 五(三)3, 五(四)2 (每學年…完成勾選); spec §5 (quotas count in the year the work happened)",
        "{0} 屬於 {1} 學年度，不能在 {2} 學年度勾選提交。",
        "{0} belongs to academic year {1} and cannot be selected in the submission of academic year {2}.",
        "recordId",
        "recordYear",
        "submissionYear");

    public static readonly RuleDescriptor PickNotInCentralDatabase = new(
        "SP-S004",
        Severity.Error,
        "招生端參採 (學生自中央資料庫勾選提交至招生單位; 白河 四(二))",
        "申請 {0} 勾選的 {1} 不是已勾選提交中央資料庫的項目。",
        "The application to {0} picks {1}, which is not an item selected into the central database.",
        "department",
        "recordId");

    public static readonly RuleDescriptor LeftOutOfSubmission = new(
        "SP-S005",
        Severity.Warning,
        "作業要點 (學校將學生勾選並經認證之資料提交中央資料庫); 學籍異動之學生學習歷程檔案處理原則 (提交責任); 勾選件數上限",
        "{0} 未列入學校 {1} 學期 {2} 的提交（原因：{3}）。",
        "{0} was left out of the submission of school {1} for term {2} (reason: {3}).",
        "recordId",
        "school",
        "term",
        "reason");

    public static IEnumerable<RuleDescriptor> All =>
    [
        SelectedOutcomeNotCertified, DuplicateSelection, SelectionFromAnotherYear, PickNotInCentralDatabase, LeftOutOfSubmission,
    ];
}
