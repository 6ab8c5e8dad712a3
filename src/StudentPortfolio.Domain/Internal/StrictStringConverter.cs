using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Internal;

/// <summary>Reads a JSON string and nothing else (not <c>null</c>, not a number), for the library's input contexts.</summary>
internal sealed class StrictStringConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? JsonScalar.ReadString(ref reader, "a string")
            : throw new JsonInputException($"Expected a string but found {JsonFound.Describe(ref reader)}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.ReadString(ref reader, "a property name");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
