using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Internal;

/// <summary>Reads <c>true</c> or <c>false</c> and nothing else (not the strings "true"/"false").</summary>
internal sealed class StrictBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonInputException($"Expected true or false but found {JsonFound.Describe(ref reader)}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
