using System.Numerics;

namespace StudentPortfolio.Internal;

/// <summary>
/// Small allocation-free text helpers shared by the value types. The grammars are written once over code units
/// (the code unit type is <see cref="char"/> for UTF-16 text and <see cref="byte"/> for UTF-8), so the
/// string and UTF-8 parsers of a value type accept exactly the same inputs: every grammar here is ASCII-only, and a
/// non-ASCII code unit (a UTF-16 unit above U+007F or a UTF-8 byte above 0x7F) is never accepted.
/// </summary>
internal static class Text
{
    /// <summary>Returns a code unit as a character; a non-ASCII unit becomes U+FFFF, which no grammar accepts.</summary>
    /// <typeparam name="TUnit"><see cref="char"/> or <see cref="byte"/>.</typeparam>
    public static char Ascii<TUnit>(TUnit unit)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        var value = uint.CreateTruncating(unit);
        return value < 0x80 ? (char)value : '\uffff';
    }

    /// <summary>Returns whether every code unit is an ASCII digit or upper-case letter.</summary>
    public static bool AllUpperAlphanumeric<TUnit>(ReadOnlySpan<TUnit> s)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        foreach (var unit in s)
        {
            if (!char.IsAsciiDigit(Ascii(unit)) && !char.IsAsciiLetterUpper(Ascii(unit)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads ASCII digits as a number; false on any other unit or an empty span. At most 9 digits.</summary>
    public static bool TryDigits<TUnit>(ReadOnlySpan<TUnit> s, out int value)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9)
        {
            return false;
        }

        foreach (var unit in s)
        {
            var c = Ascii(unit);
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Copies already-validated ASCII code units into a new string (at most 256 units).</summary>
    public static string ToAsciiString<TUnit>(ReadOnlySpan<TUnit> s)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (typeof(TUnit) == typeof(char))
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<TUnit, char>(s).ToString();
        }

        Span<char> chars = stackalloc char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            chars[i] = Ascii(s[i]);
        }

        return new string(chars);
    }

    /// <summary>Counts text elements the way a registrar counts characters (a CJK ideograph or an emoji counts once).</summary>
    public static int CountCharacters(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                count++;
            }
        }

        return count;
    }
}
