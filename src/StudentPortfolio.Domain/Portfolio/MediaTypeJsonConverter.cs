using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Converts a <see cref="MediaType"/> to and from its JSON string form, e.g. <c>"application/pdf"</c>, also as a dictionary key.
/// </summary>
/// <remarks>
/// <see cref="MediaType"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated <see cref="JsonSerializerContext"/>s use it without registration. The default value is written
/// as <c>null</c>; reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/>
/// that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class MediaTypeJsonConverter : JsonConverter<MediaType>
{
    private const string Expected = "a media type of the form type/subtype";

    /// <inheritdoc/>
    public override MediaType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<MediaType>(ref reader, Expected);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MediaType value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.IsDefault, value.ToString());
    }

    /// <inheritdoc/>
    public override MediaType ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<MediaType>(ref reader, Expected);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, MediaType value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.IsDefault, value.ToString(), nameof(MediaType));
    }
}
