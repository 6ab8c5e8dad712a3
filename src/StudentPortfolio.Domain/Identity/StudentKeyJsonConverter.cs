using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Identity;

/// <summary>
/// Converts a <see cref="StudentKey"/> to and from the object <c>{ "nationalId": …, "birthDate": "yyyy-MM-dd" }</c>,
/// with the national ID written masked, e.g. <c>"A12****789"</c>: personal data never leaves through this converter by accident. Reading accepts a full number; a masked one cannot be read back and throws a <see cref="JsonException"/> naming the path.
/// </summary>
/// <remarks>
/// Reading is strict: both properties once each, nothing else. <see cref="StudentKey"/> carries this converter by attribute. Opt in to the full number with <see cref="UnmaskedStudentKeyJsonConverter"/>.
/// </remarks>
public sealed class StudentKeyJsonConverter : JsonConverter<StudentKey>
{
    /// <inheritdoc/>
    public override StudentKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NationalIdJson.ReadKey(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StudentKey value, JsonSerializerOptions options) =>
        NationalIdJson.WriteKey(writer, value, unmasked: false);
}
