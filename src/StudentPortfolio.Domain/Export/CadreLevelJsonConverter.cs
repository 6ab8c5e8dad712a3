using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Export;

/// <summary>Writes (and reads) a <see cref="CadreLevel"/> by its export name (<c>school</c>, <c>class</c>, <c>club</c>, <c>other</c>).</summary>
internal sealed class CadreLevelJsonConverter : JsonConverter<CadreLevel>
{
    public override CadreLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonScalar.ReadString(ref reader, "a cadre level");
        var index = Array.IndexOf(JsonEnums.CadreLevelNames, text);
        return index >= 0 ? JsonEnums.CadreLevelValues[index] : throw JsonScalar.Invalid(text, $"a cadre level ({string.Join(", ", JsonEnums.CadreLevelNames)})");
    }

    public override void Write(Utf8JsonWriter writer, CadreLevel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonEnums.Name(value, JsonEnums.CadreLevelValues, JsonEnums.CadreLevelNames));
}
