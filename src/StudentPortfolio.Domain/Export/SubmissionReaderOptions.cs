namespace StudentPortfolio.Export;

/// <summary>Options of <see cref="SubmissionReader"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubmissionReaderOptions
{
    /// <summary>The default <see cref="MaxStringLength"/>: 65,536 characters.</summary>
    public const int DefaultMaxStringLength = 65_536;

    /// <summary>The default <see cref="MaxBytesPerStudent"/>: 16 MiB.</summary>
    public const int DefaultMaxBytesPerStudent = 16 * 1024 * 1024;

    /// <summary>The smallest accepted <see cref="MaxBytesPerStudent"/>: 1 KiB.</summary>
    public const int MinBytesPerStudent = 1024;

    /// <summary>The default <see cref="MaxObjectsPerStudent"/>: 100,000.</summary>
    public const int DefaultMaxObjectsPerStudent = 100_000;

    private readonly int _maxStringLength = DefaultMaxStringLength;
    private readonly int _maxObjectsPerStudent = DefaultMaxObjectsPerStudent;
    private readonly int _maxBytesPerStudent = DefaultMaxBytesPerStudent;

    /// <summary>Gets the default options (strict).</summary>
    public static SubmissionReaderOptions Default { get; } = new();

    /// <summary>Gets the lenient default options.</summary>
    public static SubmissionReaderOptions Lenient { get; } = new() { Mode = SubmissionReadMode.Lenient };

    /// <summary>Gets the error mode; <see cref="SubmissionReadMode.Strict"/> by default.</summary>
    public SubmissionReadMode Mode { get; init; }

    /// <summary>Gets the hard maximum length of any string value, in UTF-16 characters (a format limit, not the policy's description limit).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxStringLength
    {
        get => _maxStringLength;
        init => _maxStringLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The maximum string length must be 1 or more.");
    }

    /// <summary>
    /// Gets the maximum size in bytes of one student object (and of any single header value); the reader's buffer
    /// never grows beyond it, so memory stays bounded whatever the file holds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than <see cref="MinBytesPerStudent"/>.</exception>
    public int MaxBytesPerStudent
    {
        get => _maxBytesPerStudent;
        init => _maxBytesPerStudent = value >= MinBytesPerStudent ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be at least 1024 bytes.");
    }

    /// <summary>
    /// Gets the most JSON objects one student may hold (records, files, certifications, details…; default 100,000, a
    /// real student holds a few hundred). A student with more is <c>SP-X020</c> and is not built, so the memory one
    /// student costs follows this limit, not what the file holds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxObjectsPerStudent
    {
        get => _maxObjectsPerStudent;
        init => _maxObjectsPerStudent = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be 1 or more.");
    }
}
