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

    /// <summary>
    /// Parses the UTC instant form the submission writer writes, <c>yyyy-MM-ddTHH:mm:ssZ</c>, from UTF-8 without
    /// allocating; <see langword="false"/> for any other text (callers then try NodaTime's general pattern).
    /// </summary>
    public static bool TryParseInstant(ReadOnlySpan<byte> utf8, out Instant instant)
    {
        instant = default;
        if (utf8.Length != 20 || utf8[10] != (byte)'T' || utf8[13] != (byte)':' || utf8[16] != (byte)':' || utf8[19] != (byte)'Z'
            || !TryParseCore(utf8[..Length], out var date)
            || !Text.TryDigits(utf8.Slice(11, 2), out var hour) || !Text.TryDigits(utf8.Slice(14, 2), out var minute) || !Text.TryDigits(utf8.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = date.At(new LocalTime(hour, minute, second)).InUtc().ToInstant();
        return true;
    }
}
