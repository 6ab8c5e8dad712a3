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
public readonly struct SchoolCode : IEquatable<SchoolCode>, IComparable<SchoolCode>, IComparable, ISpanParsable<SchoolCode>
{
    /// <summary>The number of characters in a school code.</summary>
    public const int Length = 6;

    private readonly string? _value;

    private SchoolCode(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is the default (uninitialised, invalid) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a school code.</summary>
    /// <param name="s">Six characters, digits or upper-case letters.</param>
    /// <returns>The school code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a school code.</exception>
    public static SchoolCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var code) ? code : throw new FormatException($"The school code '{Truncate(s)}' must be 6 characters, digits or upper-case letters A-Z.");
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static SchoolCode Parse(ReadOnlySpan<char> s) => Parse(s.ToString());

    /// <summary>Parses a school code without throwing.</summary>
    /// <param name="s">The text to parse.</param>
    /// <param name="result">The school code, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SchoolCode result)
    {
        result = default;
        if (s is null || !IsValid(s.AsSpan()))
        {
            return false;
        }

        result = new SchoolCode(s);
        return true;
    }

    /// <inheritdoc cref="TryParse(string?, out SchoolCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out SchoolCode result)
    {
        result = default;
        if (!IsValid(s))
        {
            return false;
        }

        result = new SchoolCode(s.ToString());
        return true;
    }

    /// <summary>Returns whether <paramref name="s"/> is a well-formed school code.</summary>
    /// <param name="s">The text to check.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        if (s.Length != Length)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!Text.IsUpperAlphanumeric(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the UTF-8 text is a well-formed school code, without allocating.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != Length)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (!Text.IsUpperAlphanumeric((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    static SchoolCode IParsable<SchoolCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SchoolCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SchoolCode result) => TryParse(s, out result);

    /// <inheritdoc/>
    static SchoolCode ISpanParsable<SchoolCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SchoolCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SchoolCode result) => TryParse(s, out result);

    /// <summary>Returns the six-character code (<c>(none)</c> for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    public bool Equals(SchoolCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SchoolCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(SchoolCode other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SchoolCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a SchoolCode.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same code.</returns>
    public static bool operator ==(SchoolCode left, SchoolCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(SchoolCode left, SchoolCode right) => !left.Equals(right);

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

    private static string Truncate(string s) => Internal.ErrorText.Excerpt(s, 32);
}
