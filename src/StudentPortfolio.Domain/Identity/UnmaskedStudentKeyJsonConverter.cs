using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Identity;

/// <summary>
/// Converts a <see cref="StudentKey"/> to and from the object <c>{ "nationalId": …, "birthDate": "yyyy-MM-dd" }</c>,
/// with the national ID written unmasked, e.g. <c>"A123456789"</c>. Personal data: use it only where the full number must be stored or sent (a database column, the central-database export), and opt in explicitly.
/// </summary>
/// <remarks>
/// Reading is strict: both properties once each, nothing else. Opt in the same ways as <see cref="UnmaskedNationalIdJsonConverter"/>.
/// </remarks>
public sealed class UnmaskedStudentKeyJsonConverter : JsonConverter<StudentKey>
{
    /// <inheritdoc/>
    public override StudentKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NationalIdJson.ReadKey(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StudentKey value, JsonSerializerOptions options) =>
        NationalIdJson.WriteKey(writer, value, unmasked: true);
}
