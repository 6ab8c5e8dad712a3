namespace StudentPortfolio.Validation;

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
        "collection",
        "count");

    public static IEnumerable<RuleDescriptor> All => [DuplicateRecordId];
}
