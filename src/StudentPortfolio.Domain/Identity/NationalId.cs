using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Identity;

/// <summary>
/// A Taiwanese identity number (身分證統一編號 or 居留證統一證號): a citizen national ID, a new-style resident
/// certificate number or an old-style resident certificate number, with a valid check digit.
/// </summary>
/// <remarks>
/// <para>
/// Personal data: <see cref="ToString()"/> is always masked (<c>A12****789</c>), and so is every message or
/// exception this library produces. Use <see cref="ToUnmaskedString"/> only where the full number is required,
/// such as the central-database export. Round-trip the value with <c>Parse(id.ToUnmaskedString())</c>.
/// </para>
/// <para>The default value is not a valid identity number; <see cref="IsDefault"/> detects it.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(NationalIdJsonConverter))]
public readonly record struct NationalId : IComparable<NationalId>, IComparable, IValueText<NationalId>
{
    /// <summary>The number of characters in every identity number.</summary>
    public const int Length = 10;

    // Two-digit values of the first letter, indexed by letter - 'A'.
    private static readonly byte[] LetterValues =
    [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33,
    ];

    private readonly byte _letter; // 'A'..'Z', 0 for default
    private readonly byte _second; // '1','2','8','9','A'..'D'
    private readonly int _digits;  // the last eight digits as a number

    private NationalId(byte letter, byte second, int digits)
    {
        _letter = letter;
        _second = second;
        _digits = digits;
    }

    /// <summary>Gets a value indicating whether this is the default (uninitialised, invalid) value.</summary>
    public bool IsDefault => _letter == 0;

    /// <summary>Gets the kind of identity number.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public NationalIdKind Kind => EnsureInitialized()._second switch
    {
        (byte)'1' or (byte)'2' => NationalIdKind.Citizen,
        (byte)'8' or (byte)'9' => NationalIdKind.NewResidentCertificate,
        _ => NationalIdKind.OldResidentCertificate,
    };

    /// <summary>Parses an identity number, throwing when it is not valid.</summary>
    /// <param name="s">Ten characters; lower-case letters are accepted and normalised to upper case, and leading and trailing white space is ignored.</param>
    /// <returns>The identity number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identity number; the message masks the input.</exception>
    public static NationalId Parse(string s) => ValueText.Parse<NationalId>(s);

    /// <summary>Parses an identity number without throwing.</summary>
    /// <param name="s">The text to parse; may be <see langword="null"/>.</param>
    /// <param name="result">The identity number, or the default value when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid identity number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out NationalId result) => ValueText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out NationalId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out NationalId result) => TryParseCore(s, out result) == NationalIdError.None;

    /// <summary>Parses an identity number and says why it is invalid when it is.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identity number, or the default value when parsing fails.</param>
    /// <param name="error">Why the text is invalid, or <see cref="NationalIdError.None"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a valid identity number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out NationalId result, out NationalIdError error)
    {
        error = TryParseCore(s, out result);
        return error == NationalIdError.None;
    }

    /// <summary>Parses an identity number from UTF-8 bytes, and says why it is invalid when it is.</summary>
    /// <param name="utf8">The UTF-8 text: ten characters, any letter case, leading and trailing white space ignored.</param>
    /// <param name="result">The identity number, or the default value when parsing fails.</param>
    /// <param name="error">Why the text is invalid, or <see cref="NationalIdError.None"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is a valid identity number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out NationalId result, out NationalIdError error)
    {
        error = TryParseUtf8(utf8, out result);
        return error == NationalIdError.None;
    }

    /// <summary>Parses an identity number from UTF-8 bytes; accepts exactly what the <see cref="TryParse(ReadOnlySpan{char}, out NationalId)"/> accepts for the same text.</summary>
    /// <param name="utf8">The UTF-8 text: ten characters, any letter case, leading and trailing white space ignored. ASCII input is parsed without allocating.</param>
    /// <param name="result">The identity number, or the default value when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is a valid identity number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out NationalId result) => TryParseUtf8(utf8, out result) == NationalIdError.None;

    /// <summary>Returns the full, unmasked identity number. Personal data: do not log or display it.</summary>
    /// <returns>The ten-character identity number.</returns>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string ToUnmaskedString()
    {
        EnsureInitialized();
        return string.Create(Length, this, static (span, id) => id.Write(span));
    }

    /// <summary>Writes the unmasked identity number as ten ASCII bytes (for exporters).</summary>
    /// <param name="utf8">The destination, at least ten bytes long.</param>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8"/> is shorter than ten bytes.</exception>
    public void WriteUnmaskedUtf8(Span<byte> utf8)
    {
        EnsureInitialized();
        if (utf8.Length < Length)
        {
            throw new ArgumentException("The destination must hold at least 10 bytes.", nameof(utf8));
        }

        Span<char> chars = stackalloc char[Length];
        Write(chars);
        for (var i = 0; i < Length; i++)
        {
            utf8[i] = (byte)chars[i];
        }
    }

    /// <summary>Returns the masked identity number, e.g. <c>A12****789</c>; safe for logs and messages.</summary>
    /// <returns>The masked form, or <c>(none)</c> for the default value.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(none)";
        }

        return string.Create(Length, this, static (span, id) =>
        {
            id.Write(span);
            span[3..7].Fill('*');
        });
    }

    /// <summary>Compares by the unmasked text, ordinally.</summary>
    /// <param name="other">The other identity number.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(NationalId other)
    {
        var c = _letter.CompareTo(other._letter);
        if (c == 0)
        {
            c = _second.CompareTo(other._second);
        }

        return c != 0 ? c : _digits.CompareTo(other._digits);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Comparables.CompareTo(this, obj);

    /// <inheritdoc/>
    static string IValueText<NationalId>.DescribeInvalid(ReadOnlySpan<char> s) => DescribeError(TryParseCore(s, out _), s);

    /// <summary>Ordinal less-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(NationalId left, NationalId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(NationalId left, NationalId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(NationalId left, NationalId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(NationalId left, NationalId right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Masks every run in <paramref name="text"/> shaped like a national ID (a letter, a letter or digit, eight digits;
    /// citizen and both resident-certificate forms, any case, also inside longer text) as <c>A12****789</c>. The one
    /// masker behind the library's messages, exceptions and <c>ToString</c>; use it for any input value a host echoes
    /// (record ids, file names, header values).
    /// </summary>
    /// <param name="text">Any text, or <see langword="null"/>.</param>
    /// <returns>The masked text (empty for <see langword="null"/>); <paramref name="text"/> itself when nothing is ID-shaped.</returns>
    public static string MaskText(string? text) => ErrorText.Mask(text);

    /// <summary>Masks arbitrary (possibly invalid) identity-like text for messages: keeps the first and last three characters.</summary>
    internal static string Mask(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return string.Empty;
        }

        if (s.Length < 7)
        {
            return new string('*', s.Length);
        }

        Span<char> buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        s.CopyTo(buffer);
        buffer[3..^3].Fill('*');
        return buffer.ToString();
    }

    /// <summary>The short, language-neutral name of what is wrong, used as the <c>SP-X009</c> message argument.</summary>
    internal static string ErrorName(NationalIdError error) => error switch
    {
        NationalIdError.Length => "length",
        NationalIdError.FirstLetter => "first letter",
        NationalIdError.SecondCharacter => "second character",
        NationalIdError.Digits => "digits",
        NationalIdError.Checksum => "check digit",
        _ => "format",
    };

    internal static string DescribeError(NationalIdError error, ReadOnlySpan<char> s)
    {
        var masked = Mask(s);
        return error switch
        {
            NationalIdError.Empty => "The national ID is empty.",
            NationalIdError.Length => string.Create(CultureInfo.InvariantCulture, $"The national ID '{masked}' must have 10 characters, not {s.Trim().Length}."),
            NationalIdError.FirstLetter => $"The national ID '{masked}' must start with a letter A-Z.",
            NationalIdError.SecondCharacter => $"The national ID '{masked}' must have 1, 2, 8, 9 or A-D as its second character.",
            NationalIdError.Digits => $"The national ID '{masked}' must end with eight digits.",
            NationalIdError.Checksum => $"The national ID '{masked}' has an invalid check digit.",
            _ => $"The national ID '{masked}' is not valid.",
        };
    }

    internal static NationalIdError TryParseCore(ReadOnlySpan<char> s, out NationalId result)
    {
        result = default;
        s = s.Trim();
        if (s.IsEmpty)
        {
            return NationalIdError.Empty;
        }

        if (s.Length != Length)
        {
            return NationalIdError.Length;
        }

        Span<byte> bytes = stackalloc byte[Length];
        for (var i = 0; i < Length; i++)
        {
            if (s[i] > 127)
            {
                return i == 0 ? NationalIdError.FirstLetter : i == 1 ? NationalIdError.SecondCharacter : NationalIdError.Digits;
            }

            bytes[i] = (byte)s[i];
        }

        return TryParseUtf8(bytes, out result);
    }

    internal static NationalIdError TryParseUtf8(ReadOnlySpan<byte> s, out NationalId result)
    {
        result = default;
        if (!System.Text.Ascii.IsValid(s))
        {
            // Non-ASCII text (such as an ideographic space around the number): decode, so that the UTF-8 and the
            // string parsers agree on every input. Never a valid ID inside, so this path is rare.
            return TryParseCore(System.Text.Encoding.UTF8.GetString(s), out result);
        }

        s = TrimAsciiWhiteSpace(s);
        if (s.IsEmpty)
        {
            return NationalIdError.Empty;
        }

        if (s.Length != Length)
        {
            return NationalIdError.Length;
        }

        var letter = s[0];
        if (letter is >= (byte)'a' and <= (byte)'z')
        {
            letter = (byte)(letter - ('a' - 'A'));
        }

        if (letter is < (byte)'A' or > (byte)'Z')
        {
            return NationalIdError.FirstLetter;
        }

        var second = s[1];
        if (second is >= (byte)'a' and <= (byte)'d')
        {
            second = (byte)(second - ('a' - 'A'));
        }

        int secondValue;
        if (second is (byte)'1' or (byte)'2' or (byte)'8' or (byte)'9')
        {
            secondValue = second - '0';
        }
        else if (second is >= (byte)'A' and <= (byte)'D')
        {
            secondValue = LetterValues[second - 'A'] % 10;
        }
        else
        {
            return NationalIdError.SecondCharacter;
        }

        var letterValue = LetterValues[letter - 'A'];
        var sum = (letterValue / 10) + ((letterValue % 10) * 9) + (secondValue * 8);
        var digits = 0;
        for (var i = 2; i < Length; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9)
            {
                return NationalIdError.Digits;
            }

            digits = (digits * 10) + d;
            sum += d * (i < 9 ? 9 - i : 1);
        }

        if (sum % 10 != 0)
        {
            return NationalIdError.Checksum;
        }

        result = new NationalId(letter, second, digits);
        return NationalIdError.None;
    }

    // The ASCII code points char.IsWhiteSpace accepts (U+0009-U+000D and U+0020), so that ASCII UTF-8 input
    // is trimmed exactly as the string parser trims it.
    private static ReadOnlySpan<byte> TrimAsciiWhiteSpace(ReadOnlySpan<byte> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && char.IsWhiteSpace((char)s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace((char)s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>Returns whether <paramref name="utf8"/> is exactly the unmasked form this ID writes (upper case, no spaces).</summary>
    internal bool IsWrittenAs(ReadOnlySpan<byte> utf8)
    {
        Span<byte> written = stackalloc byte[Length];
        WriteUnmaskedUtf8(written);
        return utf8.SequenceEqual(written);
    }

    private NationalId EnsureInitialized() =>
        IsDefault ? throw new InvalidOperationException("The default NationalId is not an identity number.") : this;

    private void Write(Span<char> span)
    {
        span[0] = (char)_letter;
        span[1] = (char)_second;
        var digits = _digits;
        for (var i = 9; i >= 2; i--)
        {
            span[i] = (char)('0' + (digits % 10));
            digits /= 10;
        }
    }
}
