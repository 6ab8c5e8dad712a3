using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The library's own JSON form of a <see cref="SubmissionBatch"/> (a manifest of what was submitted), read with
/// <see cref="Utf8JsonReader"/> and written with <see cref="Utf8JsonWriter"/>:
/// <c>{ "schemaVersion": "1.0", "school": "041305", "term": "114-1", "kind": "courseOutcomes", "unit": "admissions",
/// "students": [ { "nationalId": "A123456789", "birthDate": "2008-05-01", "records": [ { "id": "O1",
/// "contentHash": "&lt;64 hex&gt;" } ] } ] }</c>.
/// </summary>
internal static class BatchJson
{
    public const string SchemaVersion = "1.0";
    private const string Document = "The batch";

    private static readonly (string Text, SubmissionContentKind Kind)[] Kinds =
    [
        ("basicData", SubmissionContentKind.BasicData), ("courseRecords", SubmissionContentKind.CourseRecords), ("courseOutcomes", SubmissionContentKind.CourseOutcomes),
        ("multiPerformance", SubmissionContentKind.MultiPerformance), ("cadres", SubmissionContentKind.Cadres),
    ];

    private static readonly (string Text, SubmittingUnit Unit)[] Units =
    [
        ("registrar", SubmittingUnit.Registrar), ("admissions", SubmittingUnit.Admissions), ("studentActivities", SubmittingUnit.StudentActivities),
    ];

    public static void Write(SubmissionBatch batch, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", SchemaVersion);
        writer.WriteString("school", batch.School.ToString());
        writer.WriteString("term", batch.Term.ToString());
        writer.WriteString("kind", Array.Find(Kinds, k => k.Kind == batch.Kind).Text);
        writer.WriteString("unit", Array.Find(Units, u => u.Unit == batch.Unit).Text);
        writer.WriteStartArray("students");
        Span<byte> id = stackalloc byte[NationalId.Length];
        var i = 0;
        while (i < batch.Entries.Count)
        {
            var student = batch.Entries[i].Student;
            writer.WriteStartObject();
            student.NationalId.WriteUnmaskedUtf8(id);
            writer.WriteString("nationalId"u8, id);
            writer.WriteString("birthDate", LocalDatePattern.Iso.Format(student.BirthDate));
            writer.WriteStartArray("records");
            for (; i < batch.Entries.Count && batch.Entries[i].Student == student; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", batch.Entries[i].Record.ToString());
                writer.WriteString("contentHash", batch.Entries[i].ContentHash.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static SubmissionBatch Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        JsonInput.Read(ref reader, Document, "$");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, "The batch must be a JSON object.", "$", utf8, reader.TokenStartIndex);
        }

        SchoolCode? school = null;
        Term? term = null;
        SubmissionContentKind? kind = null;
        SubmittingUnit? unit = null;
        string? version = null;
        List<BatchEntry>? entries = null;
        while (true)
        {
            JsonInput.Read(ref reader, Document, "$");
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var property = reader.GetString()!;
            var path = JsonInput.Child("$", property);
            JsonInput.Read(ref reader, Document, path);
            var index = reader.TokenStartIndex;
            switch (property)
            {
                case "schemaVersion":
                    version = Text(ref reader, utf8, path);
                    if (version != SchemaVersion)
                    {
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unsupported schemaVersion '{version}' (expected {SchemaVersion}).", path, utf8, index);
                    }

                    break;
                case "school":
                    school = SchoolCode.TryParse(Text(ref reader, utf8, path), out var s) ? s : throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Not a 6-character school code.", path, utf8, index);
                    break;
                case "term":
                    term = Term.TryParse(Text(ref reader, utf8, path), out var t) ? t : throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Not a term such as 114-1.", path, utf8, index);
                    break;
                case "kind":
                    var kindText = Text(ref reader, utf8, path);
                    var k = Array.FindIndex(Kinds, x => x.Text == kindText);
                    kind = k >= 0 ? Kinds[k].Kind : throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unknown kind '{kindText}'.", path, utf8, index);
                    break;
                case "unit":
                    var unitText = Text(ref reader, utf8, path);
                    var u = Array.FindIndex(Units, x => x.Text == unitText);
                    unit = u >= 0 ? Units[u].Unit : throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unknown unit '{unitText}'.", path, utf8, index);
                    break;
                case "students":
                    entries = ReadStudents(ref reader, utf8, path);
                    break;
                default:
                    throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unknown field '{property}'.", path, utf8, index);
            }
        }

        Require(version is not null, "$.schemaVersion", utf8);
        Require(school is not null, "$.school", utf8);
        Require(term is not null, "$.term", utf8);
        Require(kind is not null, "$.kind", utf8);
        Require(entries is not null, "$.students", utf8);
        try
        {
            return new SubmissionBatch(school!.Value, term!.Value, kind!.Value, unit ?? SubmissionUnits.DefaultFor(kind.Value), entries);
        }
        catch (ArgumentException e)
        {
            throw new ReceiptFormatException(WorkflowRules.InputValueInvalid.Code, Internal.ErrorText.Mask(e.Message), "$.students", 0, 0, e);
        }
    }

    private static List<BatchEntry> ReadStudents(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, "students must be an array.", path, utf8, reader.TokenStartIndex);
        }

        var entries = new List<BatchEntry>();
        for (var n = 0; ; n++)
        {
            var studentPath = JsonInput.Item(path, n);
            JsonInput.Read(ref reader, Document, studentPath);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return entries;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, "A student must be an object.", studentPath, utf8, reader.TokenStartIndex);
            }

            var start = reader.TokenStartIndex;
            NationalId? id = null;
            LocalDate? birth = null;
            List<(RecordId, ContentHash)>? records = null;
            while (true)
            {
                JsonInput.Read(ref reader, Document, studentPath);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var property = reader.GetString()!;
                var fieldPath = JsonInput.Child(studentPath, property);
                JsonInput.Read(ref reader, Document, fieldPath);
                var index = reader.TokenStartIndex;
                switch (property)
                {
                    case "nationalId":
                        var idText = Text(ref reader, utf8, fieldPath);
                        id = NationalId.TryParse(idText, out var parsed) ? parsed : throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{NationalId.Mask(idText)}' is not a valid identity number.", fieldPath, utf8, index);
                        break;
                    case "birthDate":
                        var dateText = Text(ref reader, utf8, fieldPath);
                        var date = LocalDatePattern.Iso.Parse(dateText);
                        birth = date.Success ? date.Value : throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{dateText}' is not a yyyy-MM-dd date.", fieldPath, utf8, index);
                        break;
                    case "records":
                        records = ReadRecords(ref reader, utf8, fieldPath);
                        break;
                    default:
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unknown field '{property}'.", fieldPath, utf8, index);
                }
            }

            if (id is null || birth is null || records is null)
            {
                var missing = id is null ? "nationalId" : birth is null ? "birthDate" : "records";
                throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The student lacks {missing}.", JsonInput.Child(studentPath, missing), utf8, start);
            }

            var key = new StudentKey(id.Value, birth.Value);
            foreach (var (record, hash) in records)
            {
                entries.Add(new BatchEntry(key, record, hash));
            }
        }
    }

    private static List<(RecordId, ContentHash)> ReadRecords(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, "records must be an array.", path, utf8, reader.TokenStartIndex);
        }

        var records = new List<(RecordId, ContentHash)>();
        for (var n = 0; ; n++)
        {
            var recordPath = JsonInput.Item(path, n);
            JsonInput.Read(ref reader, Document, recordPath);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return records;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, "A record must be an object.", recordPath, utf8, reader.TokenStartIndex);
            }

            var start = reader.TokenStartIndex;
            RecordId? id = null;
            ContentHash? hash = null;
            while (true)
            {
                JsonInput.Read(ref reader, Document, recordPath);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var property = reader.GetString()!;
                var fieldPath = JsonInput.Child(recordPath, property);
                JsonInput.Read(ref reader, Document, fieldPath);
                var index = reader.TokenStartIndex;
                switch (property)
                {
                    case "id":
                        id = RecordId.TryParse(Text(ref reader, utf8, fieldPath), out var r) ? r : throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Not a record identifier.", fieldPath, utf8, index);
                        break;
                    case "contentHash":
                        hash = ContentHash.TryParse(Text(ref reader, utf8, fieldPath), out var h) ? h : throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Not 64 hexadecimal digits.", fieldPath, utf8, index);
                        break;
                    default:
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Unknown field '{property}'.", fieldPath, utf8, index);
                }
            }

            if (id is null || hash is null)
            {
                var missing = id is null ? "id" : "contentHash";
                throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The record lacks {missing}.", JsonInput.Child(recordPath, missing), utf8, start);
            }

            records.Add((id.Value, hash.Value));
        }
    }

    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Expected a string.", path, utf8, reader.TokenStartIndex);

    private static void Require(bool present, string path, ReadOnlySpan<byte> utf8)
    {
        if (!present)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The batch lacks {path[2..]}.", path, utf8, 0);
        }
    }
}
