using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Identity;

/// <summary>
/// Converts a <see cref="NationalId"/> to and from a JSON string, writing it masked, e.g. <c>"A12****789"</c>: personal data never leaves through this converter by accident. Reading accepts a full number; a masked one cannot be read back and throws a <see cref="JsonException"/> naming the path.
/// </summary>
/// <remarks><see cref="NationalId"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and source-generated contexts mask without registration. Opt in to the full number with <see cref="UnmaskedNationalIdJsonConverter"/>. The default value is written as <c>null</c>; reading <c>null</c> or an invalid number throws a <see cref="JsonException"/> with the masked input.</remarks>
public sealed class NationalIdJsonConverter : JsonConverter<NationalId>
{
    /// <inheritdoc/>
    public override NationalId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NationalIdJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NationalId value, JsonSerializerOptions options) =>
        NationalIdJson.Write(writer, value, unmasked: false);
}
