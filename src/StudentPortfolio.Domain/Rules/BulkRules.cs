namespace StudentPortfolio.Rules;

/// <summary>
/// Rules of the streaming bulk validator (大量檢核) for problems found while framing and walking a submission file:
/// document structure, malformed or truncated JSON, invalid UTF-8, oversized students, and the token-level checks
/// made before a student is turned into objects. Codes <c>SP-B…</c>.
/// </summary>
/// <remarks>
/// Only framing and document problems have <c>SP-B</c> codes. Value and shape problems inside a student use the
/// importer's <c>SP-X</c> rules (<see cref="ImportRules"/>) and policy rules their shared codes, so the bulk path
/// and <c>SubmissionReader</c> + <see cref="Validation.PortfolioValidator"/> report the same codes. The provisional codes
/// SP-B101…SP-B109 were retired before release and are never reused.
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

    /// <summary>Gets every rule of the group.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        MalformedStudent, Truncated, StudentTooLarge, DocumentStructure,
    ];
}
