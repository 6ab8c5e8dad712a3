using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Converts a <see cref="MediaFile"/> to and from the object the export writes for a file:
/// <c>{ "fileName": "report.pdf", "mediaType": "application/pdf", "sizeBytes": 1024, "sha256": "…" }</c>.
/// </summary>
/// <remarks>
/// <see cref="MediaFile"/> carries this converter by attribute. Reading is strict: the four properties once each and
/// nothing else; a value the constructor rejects (a path in the file name, a negative size) throws a
/// <see cref="JsonException"/> that System.Text.Json completes with the JSON path and line.
/// </remarks>
public sealed class MediaFileJsonConverter : JsonConverter<MediaFile>
{
    private static readonly string[] Names = ["fileName", "mediaType", "sizeBytes", "sha256"];

    /// <inheritdoc/>
    public override MediaFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonInputException($"Expected a file object {{ \"fileName\", \"mediaType\", \"sizeBytes\", \"sha256\" }} but found {JsonTokenNames.Describe(reader.TokenType)}.");
        }

        string? name = null;
        MediaType? type = null;
        long? size = null;
        ContentHash? hash = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = JsonScalar.ReadString(ref reader, "a property name");
            reader.Read();
            switch (property)
            {
                case "fileName" when name is null:
                    name = JsonScalar.ReadString(ref reader, "a file name");
                    break;
                case "mediaType" when type is null:
                    type = JsonScalar.Parse<MediaType>(ref reader, "a media type of the form type/subtype");
                    break;
                case "sizeBytes" when size is null:
                    size = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var n) && n >= 0
                        ? n
                        : throw new JsonInputException($"Expected the size in bytes as a whole number of 0 or more but found {JsonTokenNames.Describe(reader.TokenType)}.");
                    break;
                case "sha256" when hash is null:
                    hash = JsonScalar.Parse<ContentHash>(ref reader, "a SHA-256 content hash (64 hexadecimal digits)");
                    break;
                default:
                    throw Array.IndexOf(Names, property) >= 0
                        ? new JsonInputException($"The property '{property}' appears twice.")
                        : new JsonInputException($"Unknown property '{ErrorText.Excerpt(property, 40)}' in a file; expected {string.Join(", ", Names)}.");
            }
        }

        if (name is null || type is null || size is null || hash is null)
        {
            var missing = name is null ? Names[0] : type is null ? Names[1] : size is null ? Names[2] : Names[3];
            throw new JsonInputException($"A file needs \"{missing}\".");
        }

        var problem = MediaFile.CheckFileName(name);
        return problem is null ? new MediaFile(name, type.Value, size.Value, hash.Value) : throw new JsonInputException(ErrorText.Mask(problem));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MediaFile value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(Names[0], value.FileName);
        writer.WriteString(Names[1], value.MediaType.ToString());
        writer.WriteNumber(Names[2], value.SizeBytes);
        writer.WriteString(Names[3], value.Hash.ToString());
        writer.WriteEndObject();
    }
}
