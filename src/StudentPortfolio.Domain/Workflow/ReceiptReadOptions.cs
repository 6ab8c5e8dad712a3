namespace StudentPortfolio.Workflow;

/// <summary>
/// How the receipt reader finds a row's record identifier and content hash. The receipt's per-row columns are
/// not published ([GAP]); by default the reader looks for <c>紀錄編號</c> (or <c>recordId</c>) and
/// <c>內容雜湊</c> (or <c>contentHash</c>). A school whose platform echoes other columns sets its own names.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReceiptReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static ReceiptReadOptions Default { get; } = new();

    /// <summary>Gets the field names that hold the record identifier, tried in order.</summary>
    public IReadOnlyList<string> RecordIdFields { get; init; } = ["紀錄編號", "recordId"];

    /// <summary>Gets the field names that hold the content hash (64 hexadecimal digits), tried in order.</summary>
    public IReadOnlyList<string> ContentHashFields { get; init; } = ["內容雜湊", "contentHash"];
}
