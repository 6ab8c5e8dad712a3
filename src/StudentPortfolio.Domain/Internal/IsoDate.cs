using NodaTime;

namespace StudentPortfolio.Internal;

/// <summary>
/// The one grammar of a date in the library's JSON formats: ISO-8601 <c>yyyy-MM-dd</c>, exactly ten ASCII characters,
/// year 0001 to 9999, a real day of the ISO calendar. No white space, sign or time part. The string and UTF-8 forms
/// accept exactly the same inputs, and every accepted text is the form <see cref="Format"/> writes.
/// </summary>
internal static class IsoDate
{
    /// <summary>The number of characters in a date.</summary>
    public const int Length = 10;

    /// <summary>Parses UTF-16 text.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out LocalDate date) => TryParseCore(s, out date);

    /// <summary>Parses UTF-8 text.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LocalDate date) => TryParseCore(utf8, out date);

    /// <summary>Writes <c>yyyy-MM-dd</c> (years outside 1-9999 are written as NodaTime's ISO pattern writes them).</summary>
    public static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out LocalDate date)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        date = default;
        if (s.Length != Length || Text.Ascii(s[4]) != '-' || Text.Ascii(s[7]) != '-'
            || !Text.TryDigits(s[..4], out var y) || !Text.TryDigits(s.Slice(5, 2), out var m) || !Text.TryDigits(s.Slice(8, 2), out var d))
        {
            return false;
        }

        if (y < 1 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return false;
        }

        date = new LocalDate(y, m, d);
        return true;
    }
}
