using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A SHA-256 content hash, written as 64 lower-case hexadecimal digits. Used to recognise a re-uploaded file
/// and to void a certification when certified content changes.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(ContentHashJsonConverter))]
public readonly record struct ContentHash : IValueText<ContentHash>
{
    /// <summary>The number of hexadecimal digits.</summary>
    public const int HexLength = 64;

    private static readonly System.Buffers.SearchValues<byte> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef"u8);

    // The 32 digest bytes, big-endian in four words: a hash costs no string until it is written out.
    private readonly ulong _w0, _w1, _w2, _w3;
    private readonly bool _set;

    private ContentHash(ReadOnlySpan<byte> digest)
    {
        _w0 = BinaryPrimitives.ReadUInt64BigEndian(digest);
        _w1 = BinaryPrimitives.ReadUInt64BigEndian(digest[8..]);
        _w2 = BinaryPrimitives.ReadUInt64BigEndian(digest[16..]);
        _w3 = BinaryPrimitives.ReadUInt64BigEndian(digest[24..]);
        _set = true;
    }

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => !_set;

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
    /// <param name="s">The text; no white space.</param>
    /// <returns>The hash, lower-cased.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not 64 hexadecimal digits.</exception>
    public static ContentHash Parse(string s) => ValueText.Parse<ContentHash>(s);

    /// <inheritdoc cref="Parse(string)"/>
    public static ContentHash Parse(ReadOnlySpan<char> s) => ValueText.Parse<ContentHash>(s);

    /// <summary>Parses a hash without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The hash, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ContentHash result) => ValueText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out ContentHash)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out ContentHash result) => TryParseCore(s, out result);

    /// <summary>Parses a hash from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text: 64 hexadecimal digits, any case.</param>
    /// <param name="result">The hash, lower-cased, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ContentHash result) => TryParseCore(utf8, out result);

    /// <summary>Returns the 64 lower-case hexadecimal digits.</summary>
    /// <returns>The hash text.</returns>
    public override string ToString() => _set ? string.Create(HexLength, this, static (chars, hash) => hash.WriteHex(chars)) : "(none)";

    /// <inheritdoc/>
    static string IValueText<ContentHash>.DescribeInvalid(ReadOnlySpan<char> s) => "A content hash must be 64 hexadecimal digits (SHA-256).";

    /// <summary>Returns whether UTF-8 text is a hash as <see cref="ToString"/> writes it (64 lower-case hexadecimal digits), without allocating.</summary>
    internal static bool IsWrittenForm(ReadOnlySpan<byte> utf8)
    {
        // Vectorised: the bulk path checks four or more hashes per outcome.
        return utf8.Length == HexLength && !utf8.ContainsAnyExcept(LowerHexDigits);
    }

    internal static ContentHash FromBytes(ReadOnlySpan<byte> sha256) => new(sha256);

    /// <summary>Writes the 64 lower-case hexadecimal digits as <see cref="ToString"/> does, without allocating.</summary>
    internal void WriteHex<TUnit>(Span<TUnit> destination)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        Span<byte> digest = stackalloc byte[HexLength / 2];
        BinaryPrimitives.WriteUInt64BigEndian(digest, _w0);
        BinaryPrimitives.WriteUInt64BigEndian(digest[8..], _w1);
        BinaryPrimitives.WriteUInt64BigEndian(digest[16..], _w2);
        BinaryPrimitives.WriteUInt64BigEndian(digest[24..], _w3);
        var digits = "0123456789abcdef"u8;
        for (var i = 0; i < digest.Length; i++)
        {
            destination[2 * i] = TUnit.CreateTruncating(digits[digest[i] >> 4]);
            destination[(2 * i) + 1] = TUnit.CreateTruncating(digits[digest[i] & 0xF]);
        }
    }

    // The value of one hexadecimal digit (either case), or -1.
    private static int Nibble(int c) =>
        (uint)(c - '0') <= 9 ? c - '0' : (uint)((c | 0x20) - 'a') <= 5 ? (c | 0x20) - 'a' + 10 : -1;

    // The grammar, once for UTF-16 and UTF-8: exactly 64 ASCII hexadecimal digits, stored lower-case.
    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out ContentHash result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = default;
        if (s.Length != HexLength)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[HexLength / 2];
        for (var i = 0; i < HexLength; i += 2)
        {
            var high = Nibble(int.CreateTruncating(s[i]));
            var low = Nibble(int.CreateTruncating(s[i + 1]));
            if ((high | low) < 0)
            {
                return false;
            }

            digest[i / 2] = (byte)((high << 4) | low);
        }

        result = new ContentHash(digest);
        return true;
    }
}
