namespace StudentPortfolio.Validation;

/// <summary>Content rules (<c>SP-C</c>): descriptions, evidence files, dates and required fields.</summary>
internal static class ContentRules
{
    public static readonly RuleDescriptor DescriptionEmpty = new(
        "SP-C001",
        Severity.Error,
        "作業要點 (成果簡述/內容簡述為必填)",
        "{0} 的簡述不可空白。",
        "The description of {0} must not be empty.",
        "recordId");

    public static readonly RuleDescriptor DescriptionTooLong = new(
        "SP-C002",
        Severity.Error,
        "作業要點 (簡述至多100字)",
        "{0} 的簡述有 {1} 字，超過上限 {2} 字。",
        "The description of {0} has {1} characters; at most {2} are allowed.",
        "recordId",
        "characters",
        "maximum");

    public static readonly RuleDescriptor FileTypeNotAllowed = new(
        "SP-C003",
        Severity.Error,
        "作業要點 (檔案格式 pdf/jpg/png/mp3/mp4)",
        "{0} 的檔案 {1} 格式 {2} 不被接受；可接受：{3}。",
        "The file {1} of {0} has the media type {2}, which is not accepted; accepted: {3}.",
        "recordId",
        "fileName",
        "mediaType",
        "accepted");

    public static readonly RuleDescriptor FileTooLarge = new(
        "SP-C004",
        Severity.Error,
        "作業要點 109-1 (文件 4MB、影音 10MB)",
        "{0} 的檔案 {1} 大小 {2} 位元組，超過 {3} 的上限 {4} 位元組。",
        "The file {1} of {0} is {2} bytes; {3} files may be at most {4} bytes.",
        "recordId",
        "fileName",
        "sizeBytes",
        "mediaType",
        "maxBytes");

    public static readonly RuleDescriptor DateOrder = new(
        "SP-C005",
        Severity.Error,
        "中央資料庫多元表現名冊 (開始日期不得晚於結束日期)",
        "{0} 的開始日期 {1} 晚於結束日期 {2}。",
        "{0} starts on {1}, after its end date {2}.",
        "recordId",
        "startDate",
        "endDate");

    public static readonly RuleDescriptor RequiredFieldMissing = new(
        "SP-C006",
        Severity.Error,
        "中央資料庫多元表現名冊 (各類別欄位); required fields are policy data",
        "{0}（{1}）缺少必填欄位 {2}。",
        "{0} ({1}) lacks the required field {2}.",
        "recordId",
        "category",
        "field");

    public static IEnumerable<RuleDescriptor> All =>
    [
        DescriptionEmpty, DescriptionTooLong, FileTypeNotAllowed, FileTooLarge, DateOrder, RequiredFieldMissing,
    ];
}
