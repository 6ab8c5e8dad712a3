using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Identity;

/// <summary>
/// The identifier of a portfolio record, unique within one student's records of one kind: 1 to 64 characters
/// from <c>A–Z a–z 0–9 . _ : -</c>, e.g. <c>OUT-2025-0001</c>. Assigned by the school platform.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(RecordIdJsonConverter))]
public readonly struct RecordId : IEquatable<RecordId>, IComparable<RecordId>, IComparable, ISpanParsable<RecordId>
{
    /// <summary>The maximum length of an identifier.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private RecordId(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses a record identifier.</summary>
    /// <param name="s">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty, too long or has a character outside the allowed set.</exception>
    public static RecordId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var id) ? id : throw new FormatException(Describe(s));
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static RecordId Parse(ReadOnlySpan<char> s) => Parse(s.ToString());

    /// <summary>Parses a record identifier without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RecordId result)
    {
        result = default;
        if (s is null || !IsValid(s.AsSpan()))
        {
            return false;
        }

        result = new RecordId(s);
        return true;
    }

    /// <inheritdoc cref="TryParse(string?, out RecordId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out RecordId result)
    {
        result = default;
        if (!IsValid(s))
        {
            return false;
        }

        result = new RecordId(s.ToString());
        return true;
    }

    /// <summary>Returns whether <paramref name="s"/> is a well-formed identifier.</summary>
    /// <param name="s">The text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the UTF-8 text is a well-formed identifier, without allocating.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (!IsAllowed((char)b))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    static RecordId IParsable<RecordId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<RecordId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RecordId result) => TryParse(s, out result);

    /// <inheritdoc/>
    static RecordId ISpanParsable<RecordId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<RecordId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RecordId result) => TryParse(s, out result);

    /// <summary>Returns the identifier text (<c>(none)</c> for the default value).</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    public bool Equals(RecordId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Compares ordinally.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RecordId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        RecordId other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a RecordId.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same identifier.</returns>
    public static bool operator ==(RecordId left, RecordId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the identifiers differ.</returns>
    public static bool operator !=(RecordId left, RecordId right) => !left.Equals(right);

    /// <summary>Ordinal less-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RecordId left, RecordId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal less-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(RecordId left, RecordId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal greater-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(RecordId left, RecordId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal greater-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(RecordId left, RecordId right) => left.CompareTo(right) >= 0;

    private static bool IsAllowed(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or ':' or '-';

    private static string Describe(string s)
    {
        if (s.Length == 0)
        {
            return "A record id must not be empty.";
        }

        var shown = Internal.ErrorText.Excerpt(s, 40);
        return s.Length > MaxLength
            ? $"The record id '{shown}' is {s.Length} characters long; at most 64 are allowed."
            : $"The record id '{shown}' may contain only A-Z, a-z, 0-9, '.', '_', ':' and '-'.";
    }
}
