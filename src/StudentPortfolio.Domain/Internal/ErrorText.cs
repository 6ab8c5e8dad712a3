namespace StudentPortfolio.Internal;

/// <summary>
/// Makes input text safe to quote in an error message: masks every run shaped like a national ID (a letter, a
/// letter or digit, eight digits; any case, any checksum) the way <c>NationalId.Mask</c> does, and cuts the text
/// to a bounded excerpt. Used for parser messages (System.Text.Json quotes input bytes) and echoed values.
/// </summary>
internal static class ErrorText
{
    /// <summary>The default longest excerpt, in UTF-16 code units.</summary>
    public const int DefaultMaxLength = 160;

    /// <summary>Returns <paramref name="text"/> with ID-shaped runs masked, cut to <paramref name="maxLength"/> characters plus an ellipsis.</summary>
    public static string Excerpt(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > maxLength;
        var span = cut ? text.AsSpan(0, maxLength) : text.AsSpan();
        char[]? masked = null;
        for (var i = 0; i + 10 <= span.Length; i++)
        {
            if (IsIdAt(span, i))
            {
                masked ??= span.ToArray();
                masked.AsSpan(i + 3, 4).Fill('*');
                i += 9;
            }
        }

        var result = masked is null ? (cut ? span.ToString() : text) : new string(masked);
        return cut ? result + "…" : result;
    }

    private static bool IsIdAt(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsAsciiLetter(s[i]) || !char.IsAsciiLetterOrDigit(s[i + 1]) || (i > 0 && char.IsAsciiLetterOrDigit(s[i - 1])))
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

        return i + 10 == s.Length || !char.IsAsciiDigit(s[i + 10]);
    }
}
