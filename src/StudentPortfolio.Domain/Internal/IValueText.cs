using System.Diagnostics.CodeAnalysis;

namespace StudentPortfolio.Internal;

/// <summary>
/// The text forms a value type shares: one grammar, reachable as a string, a UTF-16 span and a UTF-8 span, so the
/// three parsers accept exactly the same inputs. A value type implements the two span parsers and the error message;
/// the <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/> and <see cref="IUtf8SpanParsable{TSelf}"/>
/// members come from here.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal interface IValueText<T> : ISpanParsable<T>, IUtf8SpanParsable<T>
    where T : struct, IValueText<T>
{
    /// <summary>Parses UTF-16 text without throwing.</summary>
    static abstract bool TryParse(ReadOnlySpan<char> s, out T result);

    /// <summary>Parses UTF-8 text without throwing; accepts exactly what the UTF-16 parser accepts.</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8, out T result);

    /// <summary>The <see cref="FormatException"/> message for text that is not a value (masked where it must be).</summary>
    static abstract string DescribeInvalid(ReadOnlySpan<char> s);

    /// <inheritdoc/>
    static T IParsable<T>.Parse(string s, IFormatProvider? provider) => ValueText.Parse<T>(s);

    /// <inheritdoc/>
    static bool IParsable<T>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out T result)
    {
        result = default;
        return s is not null && T.TryParse(s.AsSpan(), out result);
    }

    /// <inheritdoc/>
    static T ISpanParsable<T>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ValueText.Parse<T>(s);

    /// <inheritdoc/>
    static bool ISpanParsable<T>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out T result) => T.TryParse(s, out result);

    /// <inheritdoc/>
    static T IUtf8SpanParsable<T>.Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => ValueText.Parse<T>(utf8Text);

    /// <inheritdoc/>
    static bool IUtf8SpanParsable<T>.TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out T result) => T.TryParse(utf8Text, out result);
}
