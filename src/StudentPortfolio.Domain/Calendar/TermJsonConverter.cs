using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Calendar;

/// <summary>
/// Converts a <see cref="Term"/> to and from its JSON string form, e.g. <c>"114-1"</c>, also as a dictionary key.
/// </summary>
/// <remarks>
/// <see cref="Term"/> carries this converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated <see cref="JsonSerializerContext"/>s use it without registration. The default value is written
/// as <c>null</c>; reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/>
/// that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class TermJsonConverter : JsonConverter<Term>
{
    private const string Expected = "a term such as 114-1";

    /// <inheritdoc/>
    public override Term Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<Term>(ref reader, Expected);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Term value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.IsDefault, value.ToString());
    }

    /// <inheritdoc/>
    public override Term ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<Term>(ref reader, Expected);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Term value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.IsDefault, value.ToString(), nameof(Term));
    }
}
