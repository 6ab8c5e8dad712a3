using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Identity;

/// <summary>
/// The identifier of a portfolio record, unique within one student's records of one kind: 1 to 64 characters
/// from <c>A–Z a–z 0–9 . _ : -</c>, e.g. <c>OUT-2025-0001</c>. Assigned by the school platform.
/// </summary>
/// <remarks>The default value is invalid; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(RecordIdJsonConverter))]
public readonly record struct RecordId : IComparable<RecordId>, IComparable, IValueText<RecordId>
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
    public static RecordId Parse(string s) => ValueText.Parse<RecordId>(s);

    /// <summary>Parses a record identifier without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RecordId result)
    {
        result = s is not null && IsValid(s.AsSpan()) ? new RecordId(s) : default;
        return !result.IsDefault;
    }

    /// <inheritdoc cref="TryParse(string?, out RecordId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out RecordId result) => TryParseCore(s, out result);

    /// <summary>Parses a record identifier from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="result">The identifier, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out RecordId result) => TryParseCore(utf8, out result);

    /// <summary>Returns the identifier text (<c>(none)</c> for the default value).</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <summary>Compares ordinally.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RecordId other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Comparables.CompareTo(this, obj);

    /// <inheritdoc/>
    static string IValueText<RecordId>.DescribeInvalid(ReadOnlySpan<char> s)
    {
        if (s.Length == 0)
        {
            return "A record id must not be empty.";
        }

        var shown = ErrorText.Excerpt(s.ToString(), 40);
        return s.Length > MaxLength
            ? $"The record id '{shown}' is {s.Length} characters long; at most 64 are allowed."
            : $"The record id '{shown}' may contain only A-Z, a-z, 0-9, '.', '_', ':' and '-'.";
    }

    // The grammar, once for UTF-16 and UTF-8: 1 to 64 units from A-Z a-z 0-9 . _ : -
    internal static bool IsValid<TUnit>(ReadOnlySpan<TUnit> s)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        if (s.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var unit in s)
        {
            if (Text.Ascii(unit) is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out RecordId result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = IsValid(s) ? new RecordId(Text.ToAsciiString(s)) : default;
        return !result.IsDefault;
    }

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
}
