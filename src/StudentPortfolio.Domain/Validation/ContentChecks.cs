using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision logic of the content rules over plain values (character counts, media types, sizes, dates). Used by
/// <see cref="PortfolioValidator"/> and by the streaming validator, so each rule has one definition.
/// </summary>
internal static class ContentChecks
{
    /// <summary>Returns the description rule broken, or <see langword="null"/>.</summary>
    /// <param name="characters">The number of characters (text elements; see <see cref="Text.CountCharacters"/>).</param>
    /// <param name="isBlank">Whether the description is empty or white space.</param>
    /// <param name="limit">The policy's description rule.</param>
    public static RuleDescriptor? Description(int characters, bool isBlank, DescriptionLimit limit)
    {
        if (isBlank && limit.Required)
        {
            return ContentRules.DescriptionEmpty;
        }

        return characters > limit.MaxCharacters ? ContentRules.DescriptionTooLong : null;
    }

    /// <summary>Counts the characters of UTF-8 text the way <see cref="Text.CountCharacters"/> counts a string (one per code point), without decoding.</summary>
    public static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns the file rule broken, or <see langword="null"/>.</summary>
    /// <param name="mediaType">The file's media type.</param>
    /// <param name="sizeBytes">The file's size.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="maxBytes">The size limit for the type, when the type is accepted.</param>
    public static RuleDescriptor? File(MediaType mediaType, long sizeBytes, PortfolioPolicy policy, out long maxBytes)
    {
        if (!policy.TryGetMediaRule(mediaType, out var rule))
        {
            maxBytes = 0;
            return ContentRules.FileTypeNotAllowed;
        }

        maxBytes = rule.MaxBytes;
        return sizeBytes > maxBytes ? ContentRules.FileTooLarge : null;
    }

    /// <summary>Returns the accepted media types of a policy, comma-separated, for messages.</summary>
    public static string AcceptedTypes(PortfolioPolicy policy) => string.Join(", ", policy.Media.Select(m => m.MediaType.ToString()));

    /// <summary>Returns whether a start date lies after an end date (missing dates are not out of order).</summary>
    public static bool DatesOutOfOrder(LocalDate? start, LocalDate? end) => start is { } s && end is { } e && s > e;

    /// <summary>Returns the first and the end date of a details record: start and end for the categories with both, the one date (result, obtained, work date) and no end for those with one.</summary>
    public static (LocalDate? Start, LocalDate? End) DateRange(PerformanceDetails details)
    {
        var spec = DetailsFields.Of(details.Category);
        return spec.Start < 0 ? (OnlyDate(details), null) : (spec.Fields[spec.Start].GetDate(details), spec.End < 0 ? null : spec.Fields[spec.End].GetDate(details));
    }

    /// <summary>Returns the one date of a details record of a category without a date range (result, obtained or work date).</summary>
    public static LocalDate? OnlyDate(PerformanceDetails details)
    {
        var spec = DetailsFields.Of(details.Category);
        return spec.Only < 0 ? null : spec.Fields[spec.Only].GetDate(details);
    }

    /// <summary>Returns the date a multi-performance item is dated by: its end date, else its start date, else its only date.</summary>
    public static LocalDate? ItemDate(PerformanceDetails details)
    {
        var (start, end) = DateRange(details);
        return end ?? start ?? OnlyDate(details);
    }

    /// <summary>
    /// Returns whether a multi-performance item dated <paramref name="date"/> lies in the last <paramref name="weeks"/>
    /// weeks of academic year <paramref name="year"/> (the 7 × weeks days ending on 31 July).
    /// </summary>
    public static bool IsLateInYear(LocalDate? date, Calendar.AcademicYear year, int weeks) =>
        weeks > 0 && date is { } d && d <= year.End && d > year.End.PlusDays(-7 * weeks);

    /// <summary>Formats a date for a message argument.</summary>
    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a number for a message argument.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
