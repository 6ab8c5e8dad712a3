using System.Globalization;
using System.Text;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// Makes an input value safe to print: national-ID-shaped runs masked (the library's one masker,
/// <see cref="NationalId.MaskText"/>), control characters (ESC, BEL, the C1 range), bidirectional and other invisible
/// format characters (RTL override, isolates, zero-width) and line separators shown as <c>\u{XXXX}</c>, and long values
/// cut with their full length noted. A file name or header value can then neither drive the terminal nor flood it.
/// </summary>
internal static class Display
{
    /// <summary>The most characters of one value shown.</summary>
    public const int MaxLength = 200;

    public static string Text(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? string.Empty;
        }

        var masked = NationalId.MaskText(value);
        var text = new StringBuilder(Math.Min(masked.Length, maxLength) + 16);
        var shown = 0;
        foreach (var rune in masked.EnumerateRunes())
        {
            if (shown++ == maxLength)
            {
                text.Append(CultureInfo.InvariantCulture, $"… ({masked.Length:N0} characters)");
                break;
            }

            if (IsUnsafe(rune))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{{{rune.Value:X4}}}");
            }
            else
            {
                text.Append(rune.ToString());
            }
        }

        return text.ToString();
    }

    private static bool IsUnsafe(Rune rune) =>
        Rune.IsControl(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        || rune == Rune.ReplacementChar;
}
