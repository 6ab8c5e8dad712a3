using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Calendar;

/// <summary>
/// Converts a <see cref="AcademicYear"/> to and from its JSON string form, e.g. <c>"114"</c>, also as a dictionary key.
/// </summary>
/// <remarks>
/// <see cref="AcademicYear"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated <see cref="JsonSerializerContext"/>s use it without registration. The default value is written
/// as <c>null</c>; reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/>
/// that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class AcademicYearJsonConverter : JsonConverter<AcademicYear>
{
    private const string Expected = "an academic year such as 114";

    /// <inheritdoc/>
    public override AcademicYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<AcademicYear>(ref reader, Expected);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AcademicYear value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.IsDefault, value.ToString());
    }

    /// <inheritdoc/>
    public override AcademicYear ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<AcademicYear>(ref reader, Expected);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, AcademicYear value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.IsDefault, value.ToString(), nameof(AcademicYear));
    }
}
