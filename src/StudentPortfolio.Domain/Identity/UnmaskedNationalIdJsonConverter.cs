using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Identity;

/// <summary>
/// Converts a <see cref="NationalId"/> to and from a JSON string, writing it unmasked, e.g. <c>"A123456789"</c>. Personal data: use it only where the full number must be stored or sent (a database column, the central-database export), and opt in explicitly.
/// </summary>
/// <remarks>Opt in with <c>options.Converters.Add(new UnmaskedNationalIdJsonConverter())</c>, with <c>NationalIdJsonHandling.Unmasked</c> in <c>AddStudentPortfolioConverters</c>, or in a source-generated context with <c>[JsonSourceGenerationOptions(Converters = [typeof(UnmaskedNationalIdJsonConverter)])]</c>; registered converters take precedence over the masking one on the type. The default value is written as <c>null</c>; reading <c>null</c> or an invalid number throws a <see cref="JsonException"/> with the masked input.</remarks>
public sealed class UnmaskedNationalIdJsonConverter : JsonConverter<NationalId>
{
    /// <inheritdoc/>
    public override NationalId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NationalIdJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NationalId value, JsonSerializerOptions options) =>
        NationalIdJson.Write(writer, value, unmasked: true);
}
