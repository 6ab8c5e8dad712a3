using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Shared steps of the receipt and batch readers: the one-pass well-formedness and duplicate check, source-generated
/// deserialisation with System.Text.Json's errors turned into typed <see cref="ReceiptFormatException"/>s with path,
/// line and column, and the date forms seen in rosters.
/// </summary>
internal static partial class JsonInput
{
    private static readonly LocalDate LastDate = new(9999, 12, 31);

    /// <summary>The error for a document over its size limit, naming the limit (<paramref name="limitName"/>).</summary>
    public static ReceiptFormatException TooLarge(string document, int limit, string limitName) =>
        new(
            WorkflowRules.InputValueInvalid.Code,
            string.Create(CultureInfo.InvariantCulture, $"{document} is larger than {limit:N0} bytes, the limit ({limitName}); it was read no further."),
            "$",
            0,
            0);

    /// <summary>Checks and deserialises <paramref name="utf8"/>; every problem is a typed error.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> info, JsonReaderOptions options, string document)
        where T : class
    {
        if (JsonCheck.Check(utf8, options, document) is { } problem)
        {
            var rule = problem.Malformed ? WorkflowRules.InputMalformed : WorkflowRules.InputValueInvalid;
            var message = problem.Inner is not null ? $"{document} is not well-formed JSON: {problem.Message["Malformed JSON: ".Length..]}" : problem.Message;

            throw new ReceiptFormatException(rule.Code, message, problem.Inner is null ? problem.Path : problem.Container, problem.Line, problem.Column, problem.Inner);
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, info) ?? throw Error(WorkflowRules.InputValueInvalid, $"{document} must be a JSON object.", "$", utf8, options);
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            var (line, column, token) = JsonCheck.Locate(utf8, options, path);
            var message = e is JsonInputException
                ? e.Message
                : $"Expected {(e.Message.Contains("List`1", StringComparison.Ordinal) ? "an array" : "an object")} but found {JsonTokenNames.Describe(token)}.";
            throw new ReceiptFormatException(WorkflowRules.InputValueInvalid.Code, ErrorText.Mask(message), ErrorText.Mask(path), line, column);
        }
    }

    /// <summary>A typed error at the value <paramref name="path"/> names (or its nearest ancestor present in the input).</summary>
    public static ReceiptFormatException Error(RuleDescriptor rule, string message, string path, ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var (line, column, _) = JsonCheck.Locate(utf8, options, path);

        // Names and values of the input are quoted in messages and paths: mask anything shaped like a national ID.
        return new ReceiptFormatException(rule.Code, ErrorText.Mask(message), ErrorText.Mask(path), line, column);
    }

    /// <summary>The first unknown property of <paramref name="unknown"/> as a typed error, if any.</summary>
    public static void RejectUnknown(Dictionary<string, JsonElement>? unknown, string path, JsonTypeInfo info, ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        if (unknown is { Count: > 0 })
        {
            var name = unknown.Keys.First();
            var names = string.Join(", ", info.Properties.Select(p => p.Name));
            throw Error(WorkflowRules.InputValueInvalid, $"Unknown field '{name}'; expected one of {names}.", JsonCheck.Child(path, name), utf8, options);
        }
    }

    /// <summary>
    /// Parses a date in one of the forms seen in rosters ([GAP] which one the receipt uses): ISO <c>yyyy-MM-dd</c>,
    /// <c>yyyy/MM/dd</c>, <c>yyyyMMdd</c>, or ROC (民國) <c>yyy/MM/dd</c>, <c>yyy-MM-dd</c>, <c>yyyMMdd</c> (a year of
    /// at most three digits is an ROC year).
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        var match = DateForms().Match(s.Trim().ToString());
        if (!match.Success)
        {
            return false;
        }

        var yearText = match.Groups["y"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture) + (yearText.Length <= 3 ? 1911 : 0);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
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
            instant = iso.Success ? iso.Value : default;
            return iso.Success;
        }

        var split = s.IndexOfAny(' ', 'T');
        var datePart = split < 0 ? s : s[..split];
        if (!TryParseDate(datePart, out var date))
        {
            return false;
        }

        if (split < 0)
        {
            if (endOfDay && date == LastDate)
            {
                // The day after 9999-12-31 is beyond the calendar: not a deadline anyone can mean.
                return false;
            }

            instant = TaipeiTime.StartOfDay(endOfDay ? date.PlusDays(1) : date);
            return true;
        }

        var time = s[(split + 1)..].Trim();
        var parts = time.ToString().Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return false;
        }

        var second = 0;
        if (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out second))
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

    /// <summary>A date with one separator (<c>-</c> or <c>/</c>) used twice, or seven or eight digits (a year of three or four).</summary>
    [GeneratedRegex("^(?:(?<y>[0-9]{2,4})(?<sep>[-/])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})|(?<y>[0-9]{3,4})(?<m>[0-9]{2})(?<d>[0-9]{2}))\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateForms();
}
