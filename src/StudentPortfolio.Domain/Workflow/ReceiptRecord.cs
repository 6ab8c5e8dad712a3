using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// One row of a receipt sheet: the sheet (e.g. <c>學期課程學習成果</c>), the record identifier and content hash when
/// the row carries them, and every other field as text.
/// </summary>
/// <remarks>The national ID is not kept in <see cref="Fields"/>. Immutable and thread-safe.</remarks>
public sealed class ReceiptRecord
{
    private readonly IReadOnlyDictionary<string, string?> _fields;

    /// <summary>Creates a receipt row.</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="record">The record identifier, when the row carries one.</param>
    /// <param name="contentHash">The content hash, when the row carries one.</param>
    /// <param name="fields">The other fields (name → text; <see langword="null"/> for JSON null).</param>
    /// <param name="path">The JSON path of the row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/>, <paramref name="fields"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public ReceiptRecord(string sheet, RecordId? record, ContentHash? contentHash, IReadOnlyDictionary<string, string?> fields, string path)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Sheet = Guard.NotNull(sheet);
        Record = record;
        ContentHash = contentHash;
        _fields = new Dictionary<string, string?>(fields, StringComparer.Ordinal);
        Path = Guard.NotNull(path);
    }

    /// <summary>Gets the sheet name.</summary>
    public string Sheet { get; }

    /// <summary>Gets the record identifier, when present.</summary>
    public RecordId? Record { get; }

    /// <summary>Gets the content hash, when present.</summary>
    public ContentHash? ContentHash { get; }

    /// <summary>Gets the other fields.</summary>
    public IReadOnlyDictionary<string, string?> Fields => _fields;

    /// <summary>Gets the JSON path of the row.</summary>
    public string Path { get; }

    /// <summary>Returns sheet, record and path.</summary>
    /// <returns>For example <c>學期課程學習成果 O1 $.課程學習成果[0].學期課程學習成果[0]</c>.</returns>
    public override string ToString() => $"{Sheet} {Record?.ToString() ?? "-"} {Path}";
}
