using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>Writes (and reads) a <see cref="LocalDate"/> as an ISO-8601 date string, the export's date form.</summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonScalar.ReadString(ref reader, "an ISO date (yyyy-MM-dd)");
        return IsoDate.TryParse(text, out var date) ? date : throw JsonScalar.Invalid(text, "an ISO date (yyyy-MM-dd)");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(SubmissionWriter.FormatDate(value));
}
