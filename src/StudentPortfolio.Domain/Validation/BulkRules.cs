namespace StudentPortfolio.Validation;

/// <summary>
/// Rules of the streaming bulk validator (大量檢核) for problems found while framing and walking a submission file:
/// document structure, malformed or truncated JSON, invalid UTF-8, oversized students, and the token-level checks
/// made before a student is turned into objects. Codes <c>SP-B…</c>.
/// </summary>
/// <remarks>
/// <c>SP-B0xx</c> are framing and document problems and stay with the bulk path. <c>SP-B1xx</c> are provisional
/// token-level checks; where the shared catalogue gains an equivalent rule (import <c>SP-X</c>, content
/// <c>SP-C</c>, data integrity <c>SP-D</c>), the bulk path switches to it and the <c>SP-B1xx</c> code is retired
/// (see <c>docs/bulk-validation.md</c>).
/// </remarks>
public static class BulkRules
{
    private const string Format = "中央資料庫學習歷程檔案資料格式; StudentPortfolio submission JSON shape";

    /// <summary>SP-B001: the JSON inside one student is malformed; the student is skipped, the file continues.</summary>
    public static RuleDescriptor MalformedStudent { get; } = new(
        "SP-B001", Severity.Error, Format,
        "第 {0} 筆學生資料的 JSON 格式錯誤（第 {1} 行，位元組 {2}）：{3}",
        "The JSON of student {0} is malformed (line {1}, byte {2}): {3}",
        "studentIndex", "line", "byteOffset", "detail");

    /// <summary>SP-B002: the file ends before the document is complete.</summary>
    public static RuleDescriptor Truncated { get; } = new(
        "SP-B002", Severity.Error, Format,
        "檔案在第 {0} 行、位元組 {1} 處提前結束：{2}",
        "The file ends early at line {0}, byte {1}: {2}",
        "line", "byteOffset", "detail");

    /// <summary>SP-B003: a student's bytes are not valid UTF-8.</summary>
    public static RuleDescriptor InvalidUtf8 { get; } = new(
        "SP-B003", Severity.Error, Format,
        "第 {0} 筆學生資料含有無效的 UTF-8 位元組（位元組 {1}）",
        "Student {0} contains invalid UTF-8 (byte {1})",
        "studentIndex", "byteOffset");

    /// <summary>SP-B004: one student is larger than <c>BulkValidationOptions.MaxStudentBytes</c>.</summary>
    public static RuleDescriptor StudentTooLarge { get; } = new(
        "SP-B004", Severity.Error, Format,
        "第 {0} 筆學生資料有 {1} 位元組，超過上限 {2} 位元組（位元組 {3}）",
        "Student {0} has {1} bytes, more than the maximum of {2} (byte {3})",
        "studentIndex", "size", "maximum", "byteOffset");

    /// <summary>SP-B005: the document does not have the submission shape (root object with a <c>students</c> array of objects).</summary>
    public static RuleDescriptor DocumentStructure { get; } = new(
        "SP-B005", Severity.Error, Format,
        "文件結構錯誤（第 {0} 行，位元組 {1}）：{2}",
        "The document structure is wrong (line {0}, byte {1}): {2}",
        "line", "byteOffset", "detail");

    /// <summary>SP-B101 (provisional): a required student field is missing or empty.</summary>
    public static RuleDescriptor RequiredField { get; } = new(
        "SP-B101", Severity.Error, Format,
        "必填欄位 {0} 缺漏或空白",
        "The required field {0} is missing or empty",
        "field");

    /// <summary>SP-B102 (provisional): the national ID is malformed or has a wrong check digit; the ID appears masked.</summary>
    public static RuleDescriptor NationalIdInvalid { get; } = new(
        "SP-B102", Severity.Error, "身分證統一編號編碼規則",
        "身分證統一編號 {0} 無效：{1}",
        "The national ID {0} is not valid: {1}",
        "maskedId", "reason");

    /// <summary>SP-B103 (provisional): a date is not a valid ISO <c>yyyy-MM-dd</c> date.</summary>
    public static RuleDescriptor DateInvalid { get; } = new(
        "SP-B103", Severity.Error, Format,
        "欄位 {0} 的日期「{1}」不是有效的 yyyy-MM-dd 日期",
        "The date '{1}' in {0} is not a valid yyyy-MM-dd date",
        "field", "value");

    /// <summary>SP-B104 (provisional): a course code is not 23 characters of digits and upper-case letters.</summary>
    public static RuleDescriptor CourseCodeInvalid { get; } = new(
        "SP-B104", Severity.Error, "課程代碼編碼原則（23 碼）",
        "課程代碼「{0}」不是 23 碼的有效課程代碼",
        "The course code '{0}' is not a valid 23-character course code",
        "value");

    /// <summary>SP-B105 (provisional): a school code is not six characters.</summary>
    public static RuleDescriptor SchoolCodeInvalid { get; } = new(
        "SP-B105", Severity.Error, Format,
        "學校代碼「{0}」無效",
        "The school code '{0}' is not valid",
        "value");

    /// <summary>SP-B106 (provisional): a record id is missing, empty, too long or has a character outside the allowed set.</summary>
    public static RuleDescriptor RecordIdInvalid { get; } = new(
        "SP-B106", Severity.Error, Format,
        "紀錄編號「{0}」無效（1 至 64 個 A-Z a-z 0-9 . _ : - 字元）",
        "The record id '{0}' is not valid (1 to 64 characters from A-Z a-z 0-9 . _ : -)",
        "value");

    /// <summary>SP-B107 (provisional): a known field has the wrong JSON type.</summary>
    public static RuleDescriptor WrongType { get; } = new(
        "SP-B107", Severity.Error, Format,
        "欄位 {0} 應為 {1}，實際為 {2}",
        "The field {0} should be {1} but is {2}",
        "field", "expected", "actual");

    /// <summary>SP-B108 (provisional): two records of the same kind of one student share an id.</summary>
    public static RuleDescriptor DuplicateRecordId { get; } = new(
        "SP-B108", Severity.Error, Format,
        "{0} 的紀錄編號「{1}」重複",
        "The record id '{1}' appears more than once in {0}",
        "kind", "recordId");

    /// <summary>SP-B109 (provisional): a term is not written as ROC year, '-', semester 1 or 2 (e.g. <c>114-1</c>).</summary>
    public static RuleDescriptor TermInvalid { get; } = new(
        "SP-B109", Severity.Error, Format,
        "學期「{0}」格式錯誤（應為如 114-1）",
        "The term '{0}' is not valid (expected e.g. 114-1)",
        "value");

    /// <summary>Gets every rule of the group.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        MalformedStudent, Truncated, InvalidUtf8, StudentTooLarge, DocumentStructure, RequiredField, NationalIdInvalid,
        DateInvalid, CourseCodeInvalid, SchoolCodeInvalid, RecordIdInvalid, WrongType, DuplicateRecordId, TermInvalid,
    ];
}
