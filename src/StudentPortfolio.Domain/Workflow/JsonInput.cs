using System.Text.Json;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>Shared helpers of the receipt and batch readers: positions, typed errors and the date forms seen in rosters.</summary>
internal static class JsonInput
{
    public static (long Line, long Column) PositionOf(ReadOnlySpan<byte> input, long index)
    {
        var end = (int)Math.Min(Math.Max(index, 0), input.Length);
        var prefix = input[..end];
        long line = 1;
        var lastNewline = -1;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (prefix[i] == (byte)'\n')
            {
                line++;
                lastNewline = i;
            }
        }

        return (line, end - lastNewline);
    }

    public static ReceiptFormatException Error(RuleDescriptor rule, string message, string path, ReadOnlySpan<byte> input, long index)
    {
        var (line, column) = PositionOf(input, index);
        // Names and values of the input are quoted in messages and paths: mask anything shaped like a national ID.
        return new ReceiptFormatException(rule.Code, Internal.ErrorText.Mask(message), Internal.ErrorText.Mask(path), line, column);
    }

    public static ReceiptFormatException Malformed(string document, JsonException e, string path) =>
        new(WorkflowRules.InputMalformed.Code, $"{document} is not well-formed JSON: {Internal.ErrorText.Excerpt(e.Message)}", Internal.ErrorText.Mask(path), (e.LineNumber ?? -1) + 1, (e.BytePositionInLine ?? -1) + 1, new JsonException(Internal.ErrorText.Excerpt(e.Message), e.Path, e.LineNumber, e.BytePositionInLine));

    public static void Read(ref Utf8JsonReader reader, string document, string path)
    {
        try
        {
            if (!reader.Read())
            {
                throw new ReceiptFormatException(WorkflowRules.InputMalformed.Code, $"{document} ends too early.", path, 0, 0);
            }
        }
        catch (JsonException e)
        {
            throw Malformed(document, e, path);
        }
    }

    public static void Skip(ref Utf8JsonReader reader, string document, string path)
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException e)
        {
            throw Malformed(document, e, path);
        }
    }

    public static string Child(string path, string name) => path + "." + name;

    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>
    /// Parses a date in one of the forms seen in rosters ([GAP] which one the receipt uses): ISO <c>yyyy-MM-dd</c>,
    /// <c>yyyy/MM/dd</c>, <c>yyyyMMdd</c>, or ROC (民國) <c>yyy/MM/dd</c>, <c>yyy-MM-dd</c>, <c>yyyMMdd</c> (a year of
    /// at most three digits is an ROC year).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        s = s.Trim();
        int year, month, day, yearDigits;
        var sep = s.IndexOfAny('-', '/');
        if (sep < 0)
        {
            if (s.Length is not (7 or 8) || !AllDigits(s))
            {
                return false;
            }

            yearDigits = s.Length - 4;
            year = int.Parse(s[..yearDigits], System.Globalization.CultureInfo.InvariantCulture);
            month = int.Parse(s.Slice(yearDigits, 2), System.Globalization.CultureInfo.InvariantCulture);
            day = int.Parse(s.Slice(yearDigits + 2, 2), System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var rest = s[(sep + 1)..];
            var sep2 = rest.IndexOf(s[sep]);
            if (sep2 < 0)
            {
                return false;
            }

            var y = s[..sep];
            var m = rest[..sep2];
            var d = rest[(sep2 + 1)..];
            if (y.Length is < 2 or > 4 || m.Length is < 1 or > 2 || d.Length is < 1 or > 2 || !AllDigits(y) || !AllDigits(m) || !AllDigits(d))
            {
                return false;
            }

            yearDigits = y.Length;
            year = int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
            month = int.Parse(m, System.Globalization.CultureInfo.InvariantCulture);
            day = int.Parse(d, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (yearDigits <= 3)
        {
            year += 1911;
        }

        if (year is < 1912 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Parses a point in time: a date (see <see cref="TryParseDate"/>) optionally followed by <c>HH:mm</c> or
    /// <c>HH:mm:ss</c> (Taipei time), or an ISO instant ending in <c>Z</c>. A date without a time means the start
    /// of that day, or, when <paramref name="endOfDay"/> is set, the start of the next day (the whole day counts).
    /// </summary>
    public static bool TryParseInstant(ReadOnlySpan<char> s, bool endOfDay, out Instant instant)
    {
        instant = default;
        s = s.Trim();
        if (s.Length > 0 && s[^1] == 'Z')
        {
            var iso = NodaTime.Text.InstantPattern.ExtendedIso.Parse(s.ToString());
            if (iso.Success)
            {
                instant = iso.Value;
                return true;
            }

            return false;
        }

        var split = s.IndexOfAny(' ', 'T');
        var datePart = split < 0 ? s : s[..split];
        if (!TryParseDate(datePart, out var date))
        {
            return false;
        }

        if (split < 0)
        {
            instant = TaipeiTime.StartOfDay(endOfDay ? date.PlusDays(1) : date);
            return true;
        }

        var time = s[(split + 1)..].Trim();
        var parts = time.ToString().Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minute))
        {
            return false;
        }

        var second = 0;
        if (parts.Length == 3 && !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out second))
        {
            return false;
        }

        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        instant = date.At(new LocalTime(hour, minute, second)).InZoneLeniently(TaipeiTime.Zone).ToInstant();
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
