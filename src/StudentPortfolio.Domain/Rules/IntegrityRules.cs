namespace StudentPortfolio.Rules;

/// <summary>Data-integrity rules (<c>SP-D</c>).</summary>
internal static class IntegrityRules
{
    public static readonly RuleDescriptor DuplicateRecordId = new(
        "SP-D001",
        Severity.Error,
        "Data integrity (record ids are unique per student and kind)",
        "紀錄編號 {0} 在{1}中出現 {2} 次。",
        "The record id {0} appears {2} times among the {1}.",
        "recordId",
        "collection:name:collection",
        "count");

    public static readonly RuleDescriptor RetentionPeriodOver = new(
        "SP-D002",
        Severity.Warning,
        "松山 八 (離校生之學習歷程檔案資料保存5年，達保存年限後得刪除); the period is policy data",
        "學生於 {0} 離校，保存 {1} 年的期限已於 {2} 屆滿，資料得刪除（{3}）。",
        "The student left on {0}; the {1}-year retention period ended on {2}, so the data may be deleted ({3}).",
        "leftOn:date",
        "years",
        "deletableFrom:date",
        "policy");

    public static readonly RuleDescriptor StoredFieldInvalid = new(
        "SP-D003",
        Severity.Error,
        "Data integrity (a record read from storage must form a valid entity)",
        "儲存的{0}欄位 {1} 的值「{2}」不是有效的值。",
        "The stored {0} has an invalid {1}: '{2}'.",
        "record",
        "field",
        "value");

    public static IEnumerable<RuleDescriptor> All => [DuplicateRecordId, RetentionPeriodOver, StoredFieldInvalid];
}
