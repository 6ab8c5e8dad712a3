using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A media (MIME) type such as <c>application/pdf</c>, normalised to lower case. Whether a type is accepted is
/// a policy question; this type only checks the <c>type/subtype</c> syntax.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(MediaTypeJsonConverter))]
public readonly struct MediaType : IEquatable<MediaType>, ISpanParsable<MediaType>
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
    /// <param name="s">Text of the form <c>type/subtype</c>.</param>
    /// <returns>The media type, lower-cased.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not of the form <c>type/subtype</c>.</exception>
    public static MediaType Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var m) ? m : throw new FormatException($"The media type '{Internal.ErrorText.Excerpt(s, 40)}' must be of the form type/subtype, e.g. application/pdf.");
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static MediaType Parse(ReadOnlySpan<char> s) => Parse(s.ToString());

    /// <summary>Parses a media type without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The media type, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out MediaType result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(string?, out MediaType)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out MediaType result)
    {
        result = default;
        var slash = s.IndexOf('/');
        if (s.Length > MaxLength || slash < 1 || slash == s.Length - 1 || s[(slash + 1)..].Contains('/'))
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '/' or '.' or '+' or '-'))
            {
                return false;
            }
        }

        var lower = s.ToString().ToLowerInvariant();
        result = lower switch
        {
            "application/pdf" => Pdf,
            "image/jpeg" => Jpeg,
            "image/png" => Png,
            "audio/mpeg" => Mp3,
            "video/mp4" => Mp4,
            _ => new MediaType(lower),
        };
        return true;
    }

    /// <inheritdoc/>
    static MediaType IParsable<MediaType>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<MediaType>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MediaType result) => TryParse(s, out result);

    /// <inheritdoc/>
    static MediaType ISpanParsable<MediaType>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<MediaType>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MediaType result) => TryParse(s, out result);

    /// <summary>Returns the media type text, e.g. <c>application/pdf</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    public bool Equals(MediaType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MediaType other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same type.</returns>
    public static bool operator ==(MediaType left, MediaType right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the types differ.</returns>
    public static bool operator !=(MediaType left, MediaType right) => !left.Equals(right);
}
