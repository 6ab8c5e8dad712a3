using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio;

/// <summary>
/// The base of the converters of the library's text-valued value types (<c>Term</c>, <c>AcademicYear</c>,
/// <c>SchoolCode</c>, <c>RecordId</c>, <c>CourseCode</c>, <c>ContentHash</c>, <c>MediaType</c>): the value is its
/// JSON string form, also as a dictionary key.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// Each type carries its converter by attribute, so plain <see cref="JsonSerializer"/> calls and source-generated
/// <see cref="JsonSerializerContext"/>s use it without registration. The default value is written as <c>null</c>;
/// reading <c>null</c>, another token or an invalid string throws a <see cref="JsonException"/> that
/// System.Text.Json completes with the JSON path and line.
/// </remarks>
public abstract class TextValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>, IEquatable<T>
{
    private readonly string _expected;

    /// <summary>Creates the converter.</summary>
    /// <param name="expected">What a valid value looks like, for error messages (e.g. "a term such as 114-1").</param>
    protected TextValueJsonConverter(string expected) => _expected = expected;

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<T>(ref reader, _expected);

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.Write(writer, value.Equals(default), value.ToString() ?? string.Empty);
    }

    /// <inheritdoc/>
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonScalar.Parse<T>(ref reader, _expected);

    /// <inheritdoc/>
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonScalar.WriteName(writer, value.Equals(default), value.ToString() ?? string.Empty, typeof(T).Name);
    }
}
