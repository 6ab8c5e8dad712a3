using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Identity;

/// <summary>
/// Converts a <see cref="RecordId"/> to and from its JSON string form, e.g. <c>"O-114-1-001"</c>, also as a dictionary key.
/// </summary>
/// <remarks>
/// <see cref="RecordId"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated <see cref="JsonSerializerContext"/>s use it without registration. The default value is written
/// as <c>null</c>; reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/>
/// that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class RecordIdJsonConverter : JsonConverter<RecordId>
{
    private const string Expected = "a record id (1 to 64 letters, digits, '.', '_', ':' or '-')";

    /// <inheritdoc/>
    public override RecordId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<RecordId>(ref reader, Expected);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RecordId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.IsDefault, value.ToString());
    }

    /// <inheritdoc/>
    public override RecordId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<RecordId>(ref reader, Expected);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RecordId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.IsDefault, value.ToString(), nameof(RecordId));
    }
}
