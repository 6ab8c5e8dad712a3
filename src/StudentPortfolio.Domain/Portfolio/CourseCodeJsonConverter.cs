using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Converts a <see cref="CourseCode"/> to and from its JSON string form, e.g. <c>"109041305H11101B1010101"</c>, also as a dictionary key.
/// </summary>
/// <remarks>
/// <see cref="CourseCode"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated <see cref="JsonSerializerContext"/>s use it without registration. The default value is written
/// as <c>null</c>; reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/>
/// that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class CourseCodeJsonConverter : JsonConverter<CourseCode>
{
    private const string Expected = "a 23-character course code";

    /// <inheritdoc/>
    public override CourseCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<CourseCode>(ref reader, Expected);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CourseCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.IsDefault, value.ToString());
    }

    /// <inheritdoc/>
    public override CourseCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<CourseCode>(ref reader, Expected);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CourseCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.IsDefault, value.ToString(), nameof(CourseCode));
    }
}
