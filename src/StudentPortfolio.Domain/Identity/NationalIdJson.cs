using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Identity;

/// <summary>The reading and writing shared by the masked and unmasked national-ID and student-key converters.</summary>
internal static class NationalIdJson
{
    private const string Expected = "a national ID";

    public static NationalId Read(ref Utf8JsonReader reader)
    {
        var text = JsonScalar.ReadString(ref reader, Expected);
        if (text.Contains('*', StringComparison.Ordinal))
        {
            throw new JsonInputException($"The national ID '{NationalId.Mask(text)}' is masked and cannot be read back; write it with the unmasked converter (NationalIdJsonHandling.Unmasked) where the full number is needed.");
        }

        var error = NationalId.TryParseCore(text, out var id);
        return error == NationalIdError.None ? id : throw new JsonInputException(NationalId.DescribeError(error, text));
    }

    public static void Write(Utf8JsonWriter writer, NationalId value, bool unmasked)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNullValue();
        }
        else if (unmasked)
        {
            Span<byte> utf8 = stackalloc byte[NationalId.Length];
            value.WriteUnmaskedUtf8(utf8);
            writer.WriteStringValue(utf8);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    public static StudentKey ReadKey(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonInputException($"Expected a student key object {{ \"nationalId\", \"birthDate\" }} but found {JsonTokenNames.Describe(reader.TokenType)}.");
        }

        NationalId? id = null;
        LocalDate? birth = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonScalar.ReadString(ref reader, "a property name");
            reader.Read();
            switch (name)
            {
                case "nationalId" when id is null:
                    id = Read(ref reader);
                    break;
                case "birthDate" when birth is null:
                    var text = JsonScalar.ReadString(ref reader, "a birth date (yyyy-MM-dd)");
                    birth = IsoDate.TryParse(text, out var date) ? date : throw JsonScalar.Invalid(text, "a birth date (yyyy-MM-dd)");
                    break;
                case "nationalId" or "birthDate":
                    throw new JsonInputException($"The property '{name}' appears twice.");
                default:
                    throw new JsonInputException($"Unknown property '{ErrorText.Excerpt(name, 40)}' in a student key; expected nationalId and birthDate.");
            }
        }

        if (id is null || birth is null)
        {
            throw new JsonInputException($"A student key needs {(id is null ? "\"nationalId\"" : "\"birthDate\"")}.");
        }

        return new StudentKey(id.Value, birth.Value);
    }

    public static void WriteKey(Utf8JsonWriter writer, StudentKey value, bool unmasked)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.NationalId.IsDefault)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("nationalId");
        Write(writer, value.NationalId, unmasked);
        writer.WriteString("birthDate", LocalDatePattern.Iso.Format(value.BirthDate));
        writer.WriteEndObject();
    }
}
