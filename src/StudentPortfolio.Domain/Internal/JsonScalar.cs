using System.Globalization;
using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>
/// Reads and writes the string-valued JSON form of the library's value types for their <c>JsonConverter</c>s: one
/// JSON string parsed with the type's own <see cref="ISpanParsable{TSelf}"/> parser. Every problem is a
/// <see cref="JsonException"/> (System.Text.Json adds the path and line), with echoed input masked.
/// </summary>
internal static class JsonScalar
{
    /// <summary>The longest string a value type's text form may have (longer input is rejected without copying it).</summary>
    public const int MaxLength = 512;

    /// <summary>Reads the current string token (a value or a property name) as text.</summary>
    /// <param name="reader">The reader, positioned on the token.</param>
    /// <param name="expected">What the value should be, e.g. "a term such as 114-1".</param>
    /// <returns>The unescaped text.</returns>
    /// <exception cref="JsonException">The token is not a string, is too long, or escapes an unpaired surrogate.</exception>
    public static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonInputException($"Expected {expected} as a string but found {JsonTokenNames.Describe(reader.TokenType)}.");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength * 6)
        {
            throw new JsonInputException($"Expected {expected} but found a string of {length} bytes.");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") or invalid UTF-8: not text at all.
            throw new JsonInputException($"Expected {expected} but found a string that is not valid UTF-8 or escapes an unpaired surrogate.");
        }
    }

    /// <summary>Reads the current string token and parses it with <typeparamref name="T"/>'s parser.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, positioned on the token.</param>
    /// <param name="expected">What the value should be, e.g. "a term such as 114-1".</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="JsonException">The token is not a string or the text does not parse.</exception>
    public static T Parse<T>(ref Utf8JsonReader reader, string expected)
        where T : ISpanParsable<T>
    {
        var text = ReadString(ref reader, expected);
        return T.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(text, expected);
    }

    /// <summary>The exception for text that does not parse, quoting a masked excerpt of it.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="expected">What the value should be.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Invalid(string text, string expected) =>
        new JsonInputException($"'{ErrorText.Excerpt(text, 40)}' is not {expected}.");

    /// <summary>Writes <paramref name="text"/> as a string value, or <c>null</c> for a default value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="isDefault">Whether the value is its type's default (invalid) value.</param>
    /// <param name="text">The text form.</param>
    public static void Write(Utf8JsonWriter writer, bool isDefault, string text)
    {
        if (isDefault)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    /// <summary>Writes <paramref name="text"/> as a property name; a default value has no name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="isDefault">Whether the value is its type's default (invalid) value.</param>
    /// <param name="text">The text form.</param>
    /// <param name="type">The value type's name, for the message.</param>
    /// <exception cref="JsonException">The value is the default value.</exception>
    public static void WriteName(Utf8JsonWriter writer, bool isDefault, string text, string type)
    {
        if (isDefault)
        {
            throw new JsonInputException($"The default {type} cannot be a property name.");
        }

        writer.WritePropertyName(text);
    }
}
