namespace StudentPortfolio.Rules;

/// <summary>Quota and cap rules (<c>SP-Q</c>): uploads, selections per academic year and application picks.</summary>
/// <remarks>Counts are taken in the academic year (or term) in which the work happened; a repeated year has its own quota.</remarks>
internal static class QuotaRules
{
    public static readonly RuleDescriptor OutcomeSelectionsPerYear = new(
        "SP-Q001",
        Severity.Error,
        "作業要點 (每學年勾選至多6件); 白河 四(二); 松山 五(三)3",
        "{0} 學年度勾選提交中央資料庫的課程學習成果 {1} 件，超過上限 {2} 件。",
        "{1} course learning outcomes of academic year {0} are selected for the central database; at most {2} are allowed.",
        "academicYear",
        "count",
        "maximum");

    public static readonly RuleDescriptor PerformanceSelectionsPerYear = new(
        "SP-Q002",
        Severity.Error,
        "作業要點 (每學年勾選至多10件); 白河 四(二); 松山 五(四)2",
        "{0} 學年度勾選提交中央資料庫的多元表現 {1} 件，超過上限 {2} 件。",
        "{1} multi-performance items of academic year {0} are selected for the central database; at most {2} are allowed.",
        "academicYear",
        "count",
        "maximum");

    public static readonly RuleDescriptor OutcomeUploadsAboveMaximum = new(
        "SP-Q003",
        Severity.Error,
        "School supplementary rules (松山 五(三)1: 每學期至多6件)",
        "{0} 上傳的課程學習成果 {1} 件，超過學校規定上限 {2} 件（{3}）。",
        "{1} course learning outcomes are uploaded for {0}; the school allows at most {2} ({3}).",
        "period",
        "count",
        "maximum",
        "policy");

    public static readonly RuleDescriptor OutcomeUploadsBelowMinimum = new(
        "SP-Q004",
        Severity.Warning,
        "School supplementary rules (白河 四(二): 每學期至少三件; the national directive forbids forcing a count, so a warning)",
        "{0} 上傳的課程學習成果 {1} 件，少於學校建議的 {2} 件（{3}）。",
        "Only {1} course learning outcomes are uploaded for {0}; the school expects at least {2} ({3}).",
        "period",
        "count",
        "minimum",
        "policy");

    public static readonly RuleDescriptor PerformanceUploadsAboveMaximum = new(
        "SP-Q005",
        Severity.Error,
        "School supplementary rules (白河 四(二): 每學期至多五件; 松山 五(四)1: 每學年至多10件)",
        "{0} 上傳的多元表現 {1} 件，超過學校規定上限 {2} 件（{3}）。",
        "{1} multi-performance items are uploaded for {0}; the school allows at most {2} ({3}).",
        "period",
        "count",
        "maximum",
        "policy");

    public static readonly RuleDescriptor PerformanceUploadsBelowMinimum = new(
        "SP-Q006",
        Severity.Warning,
        "School supplementary rules (a school-set minimum; none of the presets sets one)",
        "{0} 上傳的多元表現 {1} 件，少於學校建議的 {2} 件（{3}）。",
        "Only {1} multi-performance items are uploaded for {0}; the school expects at least {2} ({3}).",
        "period",
        "count",
        "minimum",
        "policy");

    public static readonly RuleDescriptor UniversityOutcomePicks = new(
        "SP-Q007",
        Severity.Error,
        "大學端參採限制 (白河 四(二): 大學至多3件)",
        "申請 {0} 勾選課程學習成果 {1} 件，超過大學上限 {2} 件。",
        "The application to {0} picks {1} course learning outcomes; universities accept at most {2}.",
        "department",
        "count",
        "maximum");

    public static readonly RuleDescriptor TechnicalCollegeOutcomePicks = new(
        "SP-Q008",
        Severity.Error,
        "技專校院參採限制 (白河 四(二): 技專院校至多9件)",
        "申請 {0} 勾選課程學習成果 {1} 件，超過技專校院上限 {2} 件。",
        "The application to {0} picks {1} course learning outcomes; technical colleges accept at most {2}.",
        "department",
        "count",
        "maximum");

    public static readonly RuleDescriptor PerformancePicks = new(
        "SP-Q009",
        Severity.Error,
        "大學端參採限制 (白河 四(二): 多元表現上限為10件)",
        "申請 {0} 勾選多元表現 {1} 件，超過上限 {2} 件。",
        "The application to {0} picks {1} multi-performance items; at most {2} are accepted.",
        "department",
        "count",
        "maximum");

    public static IEnumerable<RuleDescriptor> All =>
    [
        OutcomeSelectionsPerYear, PerformanceSelectionsPerYear, OutcomeUploadsAboveMaximum, OutcomeUploadsBelowMinimum,
        PerformanceUploadsAboveMaximum, PerformanceUploadsBelowMinimum, UniversityOutcomePicks, TechnicalCollegeOutcomePicks,
        PerformancePicks,
    ];
}
