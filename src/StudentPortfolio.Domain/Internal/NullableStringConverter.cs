using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Internal;

/// <summary>Reads a JSON string or <c>null</c>, for optional text fields of the library's input contexts.</summary>
internal sealed class NullableStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => JsonScalar.ReadString(ref reader, "a string"),
        _ => throw new JsonInputException($"Expected a string but found {JsonFound.Describe(ref reader)}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.ReadString(ref reader, "a property name");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
