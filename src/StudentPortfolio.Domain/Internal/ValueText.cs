namespace StudentPortfolio.Internal;

/// <summary>The throwing parsers of the value types, over their one grammar (<see cref="IValueText{T}"/>).</summary>
internal static class ValueText
{
    /// <summary>Parses a string, throwing <see cref="ArgumentNullException"/> or <see cref="FormatException"/>.</summary>
    public static T Parse<T>(string s)
        where T : struct, IValueText<T>
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse<T>(s.AsSpan());
    }

    /// <summary>Parses UTF-16 text, throwing <see cref="FormatException"/>.</summary>
    public static T Parse<T>(ReadOnlySpan<char> s)
        where T : struct, IValueText<T> =>
        T.TryParse(s, out var result) ? result : throw new FormatException(T.DescribeInvalid(s));

    /// <summary>Parses UTF-8 text, throwing <see cref="FormatException"/>.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> utf8)
        where T : struct, IValueText<T> =>
        T.TryParse(utf8, out var result) ? result : throw new FormatException(T.DescribeInvalid(System.Text.Encoding.UTF8.GetString(utf8)));

    /// <summary>Parses a string without throwing; <see langword="null"/> is not a value.</summary>
    public static bool TryParse<T>(string? s, out T result)
        where T : struct, IValueText<T>
    {
        result = default;
        return s is not null && T.TryParse(s.AsSpan(), out result);
    }
}
