namespace StudentPortfolio.Internal;

/// <summary>
/// Makes input text safe to quote in an error message: masks every run shaped like a national ID (a letter, a
/// letter or digit, eight digits; any case, any checksum, also inside longer text) the way <c>NationalId.Mask</c> does, and cuts the text
/// to a bounded excerpt. Used for parser messages (System.Text.Json quotes input bytes) and echoed values.
/// </summary>
internal static class ErrorText
{
    /// <summary>The default longest excerpt, in UTF-16 code units.</summary>
    public const int DefaultMaxLength = 160;

    /// <summary>Returns <paramref name="text"/> with ID-shaped runs masked, not cut.</summary>
    public static string Mask(string? text) => Excerpt(text, int.MaxValue - 16);

    /// <summary>Returns <paramref name="text"/> with ID-shaped runs masked, cut to <paramref name="maxLength"/> characters plus an ellipsis.</summary>
    public static string Excerpt(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Mask in a window a little longer than the excerpt, so an ID cut by the excerpt's end is masked too.
        var cut = text.Length > maxLength;
        var span = text.AsSpan(0, Math.Min(text.Length, maxLength + 9));
        char[]? masked = null;
        for (var i = 0; i + 10 <= span.Length; i++)
        {
            // "xA123456789": prefer the match that starts at the ID's letter.
            if (IsIdAt(span, i) && !(i + 11 <= span.Length && IsIdAt(span, i + 1)))
            {
                masked ??= span.ToArray();
                masked.AsSpan(i + 3, 4).Fill('*');
                i += 9;
            }
        }

        if (!cut)
        {
            return masked is null ? text : new string(masked);
        }

        return string.Concat(masked is null ? text.AsSpan(0, maxLength) : masked.AsSpan(0, maxLength), "…");
    }

    private static bool IsIdAt(ReadOnlySpan<char> s, int i)
    {
        // No word boundaries: an ID glued to other text ("1A12345678914-1") is still masked.
        if (!char.IsAsciiLetter(s[i]) || !char.IsAsciiLetterOrDigit(s[i + 1]))
        {
            return false;
        }

        for (var j = i + 2; j < i + 10; j++)
        {
            if (!char.IsAsciiDigit(s[j]))
            {
                return false;
            }
        }

        return true;
    }
}
