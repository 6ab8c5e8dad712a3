using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Validation;

/// <summary>One evidence file of an outcome or a multi-performance item, as a school rule sees it (<see cref="RecordView.Files"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FileView
{
    internal FileView(int index, string? fileName, MediaType? mediaType, long? sizeBytes, string path)
    {
        Index = index;
        FileName = fileName;
        MediaType = mediaType;
        SizeBytes = sizeBytes;
        Path = path;
    }

    /// <summary>Gets the file's position in the record's <c>files</c> array.</summary>
    public int Index { get; }

    /// <summary>Gets the file name, or <see langword="null"/> when absent.</summary>
    public string? FileName { get; }

    /// <summary>Gets the media type, or <see langword="null"/> when absent or not a valid media type.</summary>
    public MediaType? MediaType { get; }

    /// <summary>Gets the size in bytes, or <see langword="null"/> when absent or not a whole number.</summary>
    public long? SizeBytes { get; }

    /// <summary>Gets the JSON path of the file, e.g. <c>$.students[3].outcomes[1].files[0]</c>.</summary>
    public string Path { get; }

    /// <summary>Returns the path, media type and size.</summary>
    /// <returns>For example <c>$.outcomes[0].files[0] application/pdf 1024 B</c>.</returns>
    public override string ToString() => $"{Path} {MediaType?.ToString() ?? "-"} {SizeBytes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} B";
}
