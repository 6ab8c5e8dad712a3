using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Identity;

/// <summary>
/// A school code (學校代碼): six characters, digits or upper-case letters, e.g. <c>041305</c> or <c>801M01</c>.
/// </summary>
/// <remarks>
/// Only the length and the character set are checked: the meaning of each position is not published, so no
/// stricter pattern is enforced. The default value is not a valid code; <see cref="IsDefault"/> detects it.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
[JsonConverter(typeof(SchoolCodeJsonConverter))]
public readonly record struct SchoolCode : IComparable<SchoolCode>, IComparable, IValueText<SchoolCode>
{
    /// <summary>The number of characters in a school code.</summary>
    public const int Length = 6;

    private readonly string? _value;

    private SchoolCode(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is the default (uninitialised, invalid) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a school code.</summary>
    /// <param name="s">Six characters, digits or upper-case letters; no white space.</param>
    /// <returns>The school code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a school code.</exception>
    public static SchoolCode Parse(string s) => ValueText.Parse<SchoolCode>(s);

    /// <summary>Parses a school code without throwing.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The school code, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SchoolCode result)
    {
        result = s is not null && IsValid(s.AsSpan()) ? new SchoolCode(s) : default;
        return !result.IsDefault;
    }

    /// <inheritdoc cref="TryParse(string?, out SchoolCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out SchoolCode result) => TryParseCore(s, out result);

    /// <summary>Parses a school code from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="result">The school code, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SchoolCode result) => TryParseCore(utf8, out result);

    /// <summary>Returns the six-character code (<c>(none)</c> for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    public int CompareTo(SchoolCode other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Comparables.CompareTo(this, obj);

    /// <inheritdoc/>
    static string IValueText<SchoolCode>.DescribeInvalid(ReadOnlySpan<char> s) =>
        $"The school code '{ErrorText.Excerpt(s.ToString(), 32)}' must be 6 characters, digits or upper-case letters A-Z.";

    // The grammar, once for UTF-16 and UTF-8: exactly six ASCII digits or upper-case letters.
    internal static bool IsValid<TUnit>(ReadOnlySpan<TUnit> s)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit> => s.Length == Length && Text.AllUpperAlphanumeric(s);

    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out SchoolCode result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = IsValid(s) ? new SchoolCode(Text.ToAsciiString(s)) : default;
        return !result.IsDefault;
    }

    /// <summary>Ordinal less-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(SchoolCode left, SchoolCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(SchoolCode left, SchoolCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(SchoolCode left, SchoolCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(SchoolCode left, SchoolCode right) => left.CompareTo(right) >= 0;
}
