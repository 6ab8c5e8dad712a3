namespace StudentPortfolio.Internal;

/// <summary>Small allocation-free text helpers shared by the value types.</summary>
internal static class Text
{
    public static bool IsUpperAsciiLetter(char c) => c is >= 'A' and <= 'Z';

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsUpperAlphanumeric(char c) => IsAsciiDigit(c) || IsUpperAsciiLetter(c);

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
