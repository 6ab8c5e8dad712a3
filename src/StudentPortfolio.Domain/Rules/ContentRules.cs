namespace StudentPortfolio.Rules;

/// <summary>Content rules (<c>SP-C</c>): descriptions, evidence files, dates and required fields.</summary>
internal static class ContentRules
{
    public static readonly RuleDescriptor DescriptionEmpty = new(
        "SP-C001",
        Severity.Error,
        "Central-DB format (成果簡述/內容簡述 required)",
        "{0} 的簡述不可空白。",
        "The description of {0} must not be empty.",
        "recordId");

    public static readonly RuleDescriptor DescriptionTooLong = new(
        "SP-C002",
        Severity.Error,
        "Central-DB format (簡述至多100字); limit is policy data",
        "{0} 的簡述有 {1} 字，超過上限 {2} 字。",
        "The description of {0} has {1} characters; at most {2} are allowed.",
        "recordId",
        "characters",
        "maximum");

    public static readonly RuleDescriptor FileTypeNotAllowed = new(
        "SP-C003",
        Severity.Error,
        "國教署 109-1 revision (文件 pdf/jpg/png, 影音 mp3/mp4); types are policy data",
        "{0} 的檔案 {1} 格式 {2} 不被接受；可接受：{3}。",
        "The file {1} of {0} has the media type {2}, which is not accepted; accepted: {3}.",
        "recordId",
        "fileName",
        "mediaType",
        "accepted");

    public static readonly RuleDescriptor FileTooLarge = new(
        "SP-C004",
        Severity.Error,
        "國教署 109-1 revision (文件 4MB, 影音 10MB); sizes are policy data",
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
        "Data integrity (開始日期 ≤ 結束日期 in the 多元表現 rosters)",
        "{0} 的開始日期 {1} 晚於結束日期 {2}。",
        "{0} starts on {1}, after its end date {2}.",
        "recordId",
        "startDate",
        "endDate");

    public static readonly RuleDescriptor RequiredFieldMissing = new(
        "SP-C006",
        Severity.Error,
        "Central-DB 多元表現 rosters (category fields); required fields are policy data",
        "{0}（{1}）缺少必填欄位 {2}。",
        "{0} ({1}) lacks the required field {2}.",
        "recordId",
        "category:name:category",
        "field:name:field");

    public static readonly RuleDescriptor OutcomeCourseNotTaken = new(
        "SP-C007",
        Severity.Warning,
        "白河 四(一)四 (修課(含必、選修等有核計學分者)之學習成果); checked when the portfolio carries course records",
        "{0} 的課程代碼 {1} 不在 {2} 學期的修課紀錄中。",
        "The course code {1} of {0} is not among the student's course records of term {2}.",
        "recordId",
        "courseCode",
        "term");

    public static readonly RuleDescriptor TooManyDocumentFiles = new(
        "SP-C008",
        Severity.Error,
        "中央資料庫 名冊 (每項一個文件連結); the number is policy data",
        "{0} 有 {1} 個文件檔案，每項至多 {2} 個。",
        "{0} has {1} document files; at most {2} are allowed per item.",
        "recordId",
        "count",
        "maximum");

    public static readonly RuleDescriptor TooManyAudioVideoFiles = new(
        "SP-C009",
        Severity.Error,
        "中央資料庫 名冊 (每項一個影音連結); the number is policy data",
        "{0} 有 {1} 個影音檔案，每項至多 {2} 個。",
        "{0} has {1} audio or video files; at most {2} are allowed per item.",
        "recordId",
        "count",
        "maximum");

    public static readonly RuleDescriptor FileNameDisagreesWithType = new(
        "SP-C010",
        Severity.Error,
        "國教署 109-1 revision (文件 pdf/jpg/png, 影音 mp3/mp4); the extension table is policy data",
        "{0} 的檔案 {1} 的副檔名與格式 {2} 不符（應為：{3}）。",
        "The file name {1} of {0} does not agree with its media type {2} (expected extension: {3}).",
        "recordId",
        "fileName",
        "mediaType",
        "extensions");

    public static IEnumerable<RuleDescriptor> All =>
    [
        DescriptionEmpty, DescriptionTooLong, FileTypeNotAllowed, FileTooLarge, DateOrder, RequiredFieldMissing,
        OutcomeCourseNotTaken, TooManyDocumentFiles, TooManyAudioVideoFiles, FileNameDisagreesWithType,
    ];
}
