using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// An evidence file attached to a course learning outcome or a multi-performance item: file name, media type,
/// size in bytes and SHA-256 content hash. The file itself stays on the school platform.
/// </summary>
/// <remarks>
/// <para>
/// Whether the type and size are acceptable is a policy question (national: pdf/jpg/png ≤ 4 MB, mp3/mp4 ≤ 10 MB);
/// construction only checks that the values are well formed.
/// </para>
/// <para>
/// The text form, used by <see cref="ToString"/> and <see cref="Parse(string)"/>, is
/// <c>name;media/type;size;sha256</c>. The file name may contain <c>;</c> because the last three fields are read
/// from the right. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(MediaFileJsonConverter))]
public sealed record MediaFile : ISpanParsable<MediaFile>
{
    /// <summary>The maximum length of a file name.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>Creates a file descriptor.</summary>
    /// <param name="fileName">The file name without a path: 1–255 characters, no <c>/</c>, <c>\</c> or control characters.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="sizeBytes">The size in bytes, zero or more.</param>
    /// <param name="hash">The SHA-256 hash of the content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The file name is empty, too long or has a path separator or control character; or the media type or hash is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sizeBytes"/> is negative.</exception>
    public MediaFile(string fileName, MediaType mediaType, long sizeBytes, ContentHash hash)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var problem = CheckFileName(fileName);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(fileName));
        }

        if (mediaType.IsDefault)
        {
            throw new ArgumentException("The media type must not be the default value.", nameof(mediaType));
        }

        if (hash.IsDefault)
        {
            throw new ArgumentException("The content hash must not be the default value.", nameof(hash));
        }

        FileName = fileName;
        MediaType = mediaType;
        SizeBytes = Guard.NotNegative(sizeBytes);
        Hash = hash;
    }

    /// <summary>
    /// Describes a file from its name and content: the size and SHA-256 hash are computed from the stream (read to its
    /// end), the media type comes from the name's extension (<c>.pdf</c>, <c>.jpg</c>/<c>.jpeg</c>, <c>.png</c>,
    /// <c>.mp3</c>, <c>.mp4</c>, any case; any other extension gives <c>application/octet-stream</c>, which the
    /// validator then reports as a type the policy does not allow).
    /// </summary>
    /// <param name="fileName">The file name without a path.</param>
    /// <param name="content">The content, read from its current position to its end.</param>
    /// <returns>The file descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> or <paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The file name is empty, too long or has a path separator or control character.</exception>
    public static MediaFile FromStream(string fileName, Stream content)
    {
        var describing = DescribeAsync(fileName, content, synchronously: true, CancellationToken.None);
        return describing.IsCompletedSuccessfully ? describing.Result : describing.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Describes a file from its name and content, reading the stream asynchronously (see <see cref="FromStream"/>).</summary>
    /// <param name="fileName">The file name without a path.</param>
    /// <param name="content">The content, read from its current position to its end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> or <paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The file name is empty, too long or has a path separator or control character.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<MediaFile> FromStreamAsync(string fileName, Stream content, CancellationToken cancellationToken = default) =>
        await DescribeAsync(fileName, content, synchronously: false, cancellationToken).ConfigureAwait(false);

    /// <summary>Gets the file name.</summary>
    public string FileName { get; }

    /// <summary>Gets the media type.</summary>
    public MediaType MediaType { get; }

    /// <summary>Gets the size in bytes.</summary>
    public long SizeBytes { get; }

    /// <summary>Gets the SHA-256 content hash.</summary>
    public ContentHash Hash { get; }

    /// <summary>Parses the text form <c>name;media/type;size;sha256</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The file descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not in the text form or a field is invalid.</exception>
    public static MediaFile Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var error = TryParseCore(s, out var file);
        return file ?? throw new FormatException(error);
    }

    /// <summary>Parses the text form without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The file descriptor, or <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out MediaFile? result)
    {
        result = null;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <inheritdoc cref="TryParse(string?, out MediaFile?)"/>
    public static bool TryParse(ReadOnlySpan<char> s, [NotNullWhen(true)] out MediaFile? result)
    {
        TryParseCore(s, out result);
        return result is not null;
    }

    /// <inheritdoc/>
    static MediaFile IParsable<MediaFile>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<MediaFile>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out MediaFile result) => TryParse(s, out result);

    /// <inheritdoc/>
    static MediaFile ISpanParsable<MediaFile>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc/>
    static bool ISpanParsable<MediaFile>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out MediaFile result) => TryParse(s, out result);

    /// <summary>Returns the text form <c>name;media/type;size;sha256</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FileName};{MediaType};{SizeBytes};{Hash}");

    internal static string? CheckFileName(string fileName)
    {
        if (fileName.Length == 0)
        {
            return "The file name must not be empty.";
        }

        if (fileName.Length > MaxFileNameLength)
        {
            return $"The file name is {fileName.Length} characters long; at most 255 are allowed.";
        }

        foreach (var c in fileName)
        {
            if (c is '/' or '\\' || char.IsControl(c))
            {
                return "The file name must not contain a path separator or a control character.";
            }
        }

        return null;
    }

    private static string? TryParseCore(ReadOnlySpan<char> s, out MediaFile? result)
    {
        result = null;
        var hashSep = s.LastIndexOf(';');
        if (hashSep < 0)
        {
            return "A media file must be written name;media/type;size;sha256.";
        }

        var sizeSep = s[..hashSep].LastIndexOf(';');
        var typeSep = sizeSep < 0 ? -1 : s[..sizeSep].LastIndexOf(';');
        if (typeSep < 0)
        {
            return "A media file must be written name;media/type;size;sha256.";
        }

        var name = s[..typeSep].ToString();
        var nameProblem = CheckFileName(name);
        if (nameProblem is not null)
        {
            return nameProblem;
        }

        if (!MediaType.TryParse(s[(typeSep + 1)..sizeSep], out var type))
        {
            return "The media type of the file must be of the form type/subtype.";
        }

        if (!long.TryParse(s[(sizeSep + 1)..hashSep], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return "The size of the file must be a whole number of bytes.";
        }

        if (!ContentHash.TryParse(s[(hashSep + 1)..], out var hash))
        {
            return "The content hash of the file must be 64 hexadecimal digits.";
        }

        result = new MediaFile(name, type, size, hash);
        return null;
    }

    /// <summary>Checks the file name and returns the media type of its extension (<c>application/octet-stream</c> when unknown).</summary>
    private static MediaType TypeOfName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (CheckFileName(fileName) is { } problem)
        {
            throw new ArgumentException(problem, nameof(fileName));
        }

        return MediaType.TryFromExtension(Path.GetExtension(fileName), out var type) ? type : MediaType.OctetStream;
    }

    /// <summary>Reads the stream to its end, counting and hashing; with <paramref name="synchronously"/> it never awaits.</summary>
    private static async ValueTask<MediaFile> DescribeAsync(string fileName, Stream content, bool synchronously, CancellationToken cancellationToken)
    {
        var type = TypeOfName(fileName);
        ArgumentNullException.ThrowIfNull(content);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long size = 0;
            int read;
            while ((read = synchronously ? content.Read(buffer, 0, buffer.Length) : await content.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }

            return new MediaFile(fileName, type, size, ContentHash.Parse(Convert.ToHexString(hash.GetHashAndReset())));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
