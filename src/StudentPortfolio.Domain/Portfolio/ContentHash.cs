using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A SHA-256 content hash, written as 64 lower-case hexadecimal digits. Used to recognise a re-uploaded file
/// and to void a certification when certified content changes.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(ContentHashJsonConverter))]
public readonly struct ContentHash : IEquatable<ContentHash>, ISpanParsable<ContentHash>
{
    /// <summary>The number of hexadecimal digits.</summary>
    public const int HexLength = 64;

    private readonly string? _hex;

    private ContentHash(string hex) => _hex = hex;

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => _hex is null;

    /// <summary>Computes the SHA-256 hash of <paramref name="content"/>.</summary>
    /// <param name="content">The bytes to hash.</param>
    /// <returns>The hash.</returns>
    public static ContentHash Compute(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return FromBytes(hash);
    }

    /// <summary>Computes the SHA-256 hash of a stream's remaining content.</summary>
    /// <param name="content">The stream to read to its end.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static ContentHash Compute(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return FromBytes(hash);
    }

    /// <summary>Parses 64 hexadecimal digits (any case).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The hash, lower-cased.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not 64 hexadecimal digits.</exception>
    public static ContentHash Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var h) ? h : throw new FormatException("A content hash must be 64 hexadecimal digits (SHA-256).");
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static ContentHash Parse(ReadOnlySpan<char> s) => TryParse(s, out var h) ? h : throw new FormatException("A content hash must be 64 hexadecimal digits (SHA-256).");

    /// <summary>Parses a hash without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The hash, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ContentHash result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(string?, out ContentHash)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out ContentHash result)
    {
        result = default;
        if (s.Length != HexLength)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        result = new ContentHash(s.ToString().ToLowerInvariant());
        return true;
    }

    /// <inheritdoc/>
    static ContentHash IParsable<ContentHash>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ContentHash>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ContentHash result) => TryParse(s, out result);

    /// <inheritdoc/>
    static ContentHash ISpanParsable<ContentHash>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<ContentHash>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ContentHash result) => TryParse(s, out result);

    /// <summary>Returns the 64 lower-case hexadecimal digits.</summary>
    /// <returns>The hash text.</returns>
    public override string ToString() => _hex ?? "(none)";

    /// <inheritdoc/>
    public bool Equals(ContentHash other) => string.Equals(_hex, other._hex, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ContentHash other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hex is null ? 0 : StringComparer.Ordinal.GetHashCode(_hex);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both hashes are equal.</returns>
    public static bool operator ==(ContentHash left, ContentHash right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the hashes differ.</returns>
    public static bool operator !=(ContentHash left, ContentHash right) => !left.Equals(right);

    internal static ContentHash FromBytes(ReadOnlySpan<byte> sha256) => new(Convert.ToHexString(sha256).ToLowerInvariant());
}
