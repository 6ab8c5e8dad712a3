using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A media (MIME) type such as <c>application/pdf</c>, normalised to lower case. Whether a type is accepted is
/// a policy question; this type only checks the <c>type/subtype</c> syntax.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(MediaTypeJsonConverter))]
public readonly record struct MediaType : IValueText<MediaType>
{
    private const int MaxLength = 127;

    private readonly string? _value;

    private MediaType(string value) => _value = value;

    /// <summary>Gets <c>application/pdf</c>.</summary>
    public static MediaType Pdf { get; } = new("application/pdf");

    /// <summary>Gets <c>image/jpeg</c>.</summary>
    public static MediaType Jpeg { get; } = new("image/jpeg");

    /// <summary>Gets <c>image/png</c>.</summary>
    public static MediaType Png { get; } = new("image/png");

    /// <summary>Gets <c>audio/mpeg</c> (mp3).</summary>
    public static MediaType Mp3 { get; } = new("audio/mpeg");

    /// <summary>Gets <c>video/mp4</c>.</summary>
    public static MediaType Mp4 { get; } = new("video/mp4");

    /// <summary>Gets <c>application/octet-stream</c>: content of no known type.</summary>
    public static MediaType OctetStream { get; } = new("application/octet-stream");

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Gets the broad kind: document/image, audio/video or other.</summary>
    public MediaKind Kind => _value switch
    {
        "application/pdf" or "image/jpeg" or "image/png" => MediaKind.Document,
        "audio/mpeg" or "video/mp4" => MediaKind.AudioVideo,
        _ => MediaKind.Other,
    };

    /// <summary>Returns the media type for a file extension (<c>pdf</c>, <c>jpg</c>, <c>jpeg</c>, <c>png</c>, <c>mp3</c>, <c>mp4</c>).</summary>
    /// <param name="extension">The extension, with or without the leading dot, any case.</param>
    /// <param name="result">The media type when the extension is known.</param>
    /// <returns><see langword="true"/> when the extension is one of the central database's types.</returns>
    public static bool TryFromExtension(string? extension, out MediaType result)
    {
        var ext = (extension ?? string.Empty).TrimStart('.').ToUpperInvariant();
        result = ext switch
        {
            "PDF" => Pdf,
            "JPG" or "JPEG" => Jpeg,
            "PNG" => Png,
            "MP3" => Mp3,
            "MP4" => Mp4,
            _ => default,
        };
        return !result.IsDefault;
    }

    /// <summary>Parses a media type.</summary>
    /// <param name="s">Text of the form <c>type/subtype</c>; no white space.</param>
    /// <returns>The media type, lower-cased.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not of the form <c>type/subtype</c>.</exception>
    public static MediaType Parse(string s) => ValueText.Parse<MediaType>(s);

    /// <summary>Parses a media type without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The media type, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MediaType result) => ValueText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out MediaType)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out MediaType result) => TryParseCore(s, out result);

    /// <summary>Parses a media type from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="result">The media type, lower-cased, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out MediaType result) => TryParseCore(utf8, out result);

    /// <summary>Returns the media type text, e.g. <c>application/pdf</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    static string IValueText<MediaType>.DescribeInvalid(ReadOnlySpan<char> s) =>
        $"The media type '{ErrorText.Excerpt(s.ToString(), 40)}' must be of the form type/subtype, e.g. application/pdf.";

    // The grammar, once for UTF-16 and UTF-8: type/subtype from A-Z a-z 0-9 . + - (at most 127 units), stored lower-case.
    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out MediaType result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = default;
        if (s.Length is < 3 or > MaxLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[s.Length];
        var slash = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = Text.Ascii(s[i]);
            if (c == '/' && slash < 0)
            {
                slash = i;
            }
            else if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '+' or '-'))
            {
                return false;
            }

            lower[i] = char.ToLowerInvariant(c);
        }

        if (slash < 1 || slash == s.Length - 1)
        {
            return false;
        }

        result = lower switch
        {
            "application/pdf" => Pdf,
            "image/jpeg" => Jpeg,
            "image/png" => Png,
            "audio/mpeg" => Mp3,
            "video/mp4" => Mp4,
            _ => new MediaType(lower.ToString()),
        };
        return true;
    }
}
