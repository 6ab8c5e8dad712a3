using System.Globalization;
using System.Text;

namespace StudentPortfolio.Bulk;

/// <summary>
/// The document-level fields of a submission file (上傳檔案表頭), read by the bulk validator while it streams the
/// students: <c>schemaVersion</c>, <c>school</c>, <c>academicYear</c>, <c>semester</c>, <c>contentKinds</c>,
/// <c>generatedAt</c>. Values are kept as written; a missing field is <see langword="null"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="object.ToString"/> masks anything shaped like a national ID in the values
/// (they are kept as written, so a damaged file can put one there).
/// </remarks>
public sealed record BulkDocumentHeader
{
    /// <summary>Gets the <c>schemaVersion</c> value, e.g. <c>1.0</c>.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>Gets the <c>school</c> code as written.</summary>
    public string? School { get; init; }

    /// <summary>Gets the <c>academicYear</c> (ROC year), e.g. 114.</summary>
    public int? AcademicYear { get; init; }

    /// <summary>Gets the <c>semester</c> (1 or 2).</summary>
    public int? Semester { get; init; }

    /// <summary>Gets the declared <c>contentKinds</c>, in file order (empty when absent).</summary>
    public IReadOnlyList<string> ContentKinds { get; init; } = [];

    /// <summary>Gets the <c>generatedAt</c> text as written (ISO instant).</summary>
    public string? GeneratedAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"SchemaVersion = {Internal.ErrorText.Mask(SchemaVersion)}, School = {Internal.ErrorText.Mask(School)}, ");
        builder.Append(CultureInfo.InvariantCulture, $"AcademicYear = {AcademicYear}, Semester = {Semester}, ");
        builder.Append(CultureInfo.InvariantCulture, $"ContentKinds = [{Internal.ErrorText.Mask(string.Join(", ", ContentKinds))}], GeneratedAt = {Internal.ErrorText.Mask(GeneratedAt)}");
        return true;
    }
}
