using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Internal;

/// <summary>Reads a JSON number that is a whole number in the range of <see cref="long"/>; the caller checks the range it needs.</summary>
internal sealed class WholeNumberConverter : JsonConverter<long>
{
    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        var found = reader.TokenType == JsonTokenType.Number ? "a number that is not a whole number in range" : JsonFound.Describe(ref reader);
        throw new JsonInputException($"Expected a whole number but found {found}.");
    }

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
