namespace StudentPortfolio.Rules;

/// <summary>
/// Rules of the submission-document import (<c>SP-X</c>): structural and format errors in a central-database JSON
/// document. Policy limits (description length, caps, file types) are other rule groups; the import only enforces
/// the format.
/// </summary>
public static class ImportRules
{
    private const string Source = "規格 §6 匯出格式 (spec §6 export format)";

    /// <summary>SP-X001: the text is not well-formed JSON.</summary>
    public static readonly RuleDescriptor MalformedJson = new(
        "SP-X001", Severity.Error, Source, "JSON 語法錯誤：{0}", "The JSON is malformed: {0}", "detail");

    /// <summary>SP-X002: the file ends before the document is complete (truncated file).</summary>
    public static readonly RuleDescriptor Truncated = new(
        "SP-X002", Severity.Error, Source, "檔案在文件結束前中斷（檔案不完整）。", "The file ends before the document is complete (truncated file).");

    /// <summary>SP-X003: a string is not valid UTF-8.</summary>
    public static readonly RuleDescriptor InvalidUtf8 = new(
        "SP-X003", Severity.Error, Source, "{0} 的文字不是有效的 UTF-8 編碼。", "The text of {0} is not valid UTF-8.", "property");

    /// <summary>SP-X004: a value has the wrong JSON type.</summary>
    public static readonly RuleDescriptor WrongType = new(
        "SP-X004", Severity.Error, Source, "{0} 應為 {1}，實際為 {2}。", "{0} must be {1}, not {2}.", "property", "expected:name:jsonType", "actual:name:jsonType");

    /// <summary>SP-X005: an enumeration value is not one of the accepted names.</summary>
    public static readonly RuleDescriptor UnknownEnumValue = new(
        "SP-X005", Severity.Error, Source, "{0} 的值「{1}」不是可接受的值（可接受：{2}）。", "'{1}' is not an accepted value of {0} (accepted: {2}).", "property", "value", "accepted");

    /// <summary>SP-X006: a required property is missing.</summary>
    public static readonly RuleDescriptor MissingProperty = new(
        "SP-X006", Severity.Error, Source, "缺少必要欄位 {0}。", "The required property {0} is missing.", "property");

    /// <summary>SP-X007: a property is not part of the format.</summary>
    public static readonly RuleDescriptor UnknownProperty = new(
        "SP-X007", Severity.Error, Source, "欄位 {0} 不是此格式定義的欄位。", "The property {0} is not part of the format.", "property");

    /// <summary>SP-X008: a value has the right JSON type but an invalid format or range.</summary>
    public static readonly RuleDescriptor InvalidValue = new(
        "SP-X008", Severity.Error, Source, "{0} 的值「{1}」不正確：{2}", "The value '{1}' of {0} is not valid: {2}", "property", "value", "reason");

    /// <summary>SP-X009: an identity number is not valid (format or check digit); the number is shown masked.</summary>
    public static readonly RuleDescriptor InvalidNationalId = new(
        "SP-X009", Severity.Error, Source, "身分證號「{0}」無效：{1}", "The identity number '{0}' is not valid: {1}", "maskedId", "reason:name:idError");

    /// <summary>SP-X010: a string is longer than the import's hard limit.</summary>
    public static readonly RuleDescriptor StringTooLong = new(
        "SP-X010", Severity.Error, Source, "{0} 長度為 {1} 字元，超過匯入上限 {2} 字元。", "{0} is {1} characters long; the import limit is {2}.", "property", "length", "limit");

    /// <summary>SP-X011: an identifier (record id, content kind, student key) appears more than once.</summary>
    public static readonly RuleDescriptor Duplicate = new(
        "SP-X011", Severity.Error, Source, "{0}「{1}」重複出現。", "{0} '{1}' appears more than once.", "what:name:subject", "value");

    /// <summary>SP-X012: a student's data or a single value is larger than the import's byte limit.</summary>
    public static readonly RuleDescriptor TooLarge = new(
        "SP-X012", Severity.Error, Source, "{0} 超過 {1} 位元組的匯入上限。", "{0} exceeds the import limit of {1} bytes.", "what:name:subject", "limit");

    /// <summary>SP-X013: a header property is missing before, or appears after, the <c>students</c> array.</summary>
    public static readonly RuleDescriptor HeaderOrder = new(
        "SP-X013", Severity.Error, Source, "表頭欄位 {0} 必須出現在學生資料陣列之前。", "The header property {0} must come before students.", "property");

    /// <summary>SP-X014: the schema version is not supported.</summary>
    public static readonly RuleDescriptor UnsupportedSchemaVersion = new(
        "SP-X014", Severity.Error, Source, "不支援格式版本「{0}」（支援：{1}）。", "Schema version '{0}' is not supported (supported: {1}).", "version", "supported");

    /// <summary>SP-X015: a student carries data of a content kind the header does not declare.</summary>
    public static readonly RuleDescriptor UndeclaredContent = new(
        "SP-X015", Severity.Error, Source, "{0} 屬於文件表頭未宣告的資料類別「{1}」。", "{0} belongs to the content kind {1}, which the header does not declare.", "property", "contentKind:name:content");

    /// <summary>SP-X016: a property appears twice in one object.</summary>
    public static readonly RuleDescriptor DuplicateProperty = new(
        "SP-X016", Severity.Error, Source, "欄位 {0} 在同一物件中重複出現。", "The property {0} appears more than once in the same object.", "property");

    /// <summary>SP-X017: a record's values contradict each other (e.g. a retake without its original course, a certified outcome without a certifier).</summary>
    public static readonly RuleDescriptor InconsistentRecord = new(
        "SP-X017", Severity.Error, Source, "{0} 的資料互相矛盾：{1}", "The data of {0} is inconsistent: {1}", "property", "reason");

    /// <summary>SP-X018: an outcome's content hash does not match its content.</summary>
    public static readonly RuleDescriptor ContentHashMismatch = new(
        "SP-X018", Severity.Error, Source, "{0} 的內容雜湊與成果內容不符（計算值 {1}）。", "The content hash of {0} does not match the outcome's content (computed {1}).", "property", "computed");

    /// <summary>SP-X019: there is content after the end of the document.</summary>
    public static readonly RuleDescriptor TrailingContent = new(
        "SP-X019", Severity.Error, Source, "文件結束後仍有其他內容。", "There is content after the end of the document.");

    /// <summary>SP-X020: one student holds more JSON objects (records, files, details…) than the import allows.</summary>
    public static readonly RuleDescriptor TooManyObjects = new(
        "SP-X020", Severity.Error, Source, "{0} 含有超過 {1} 個 JSON 物件（紀錄、檔案、明細等），超過匯入上限。", "{0} holds more than {1} JSON objects (records, files, details), the import limit.", "property", "limit");

    /// <summary>Gets every rule of the group.</summary>
    public static IEnumerable<RuleDescriptor> All =>
    [
        MalformedJson, Truncated, InvalidUtf8, WrongType, UnknownEnumValue, MissingProperty, UnknownProperty, InvalidValue,
        InvalidNationalId, StringTooLong, Duplicate, TooLarge, HeaderOrder, UnsupportedSchemaVersion, UndeclaredContent,
        DuplicateProperty, InconsistentRecord, ContentHashMismatch, TrailingContent, TooManyObjects,
    ];
}
