using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>Reads a <see cref="PolicyCount"/>: a whole number or <c>null</c>.</summary>
internal sealed class PolicyCountConverter : JsonConverter<PolicyCount>
{
    private static readonly WholeNumberConverter Number = new();

    public override bool HandleNull => true;

    public override PolicyCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.TokenType == JsonTokenType.Null ? null : Number.Read(ref reader, typeof(long), options));

    public override void Write(Utf8JsonWriter writer, PolicyCount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value?.Value is { } n)
        {
            writer.WriteNumberValue(n);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
