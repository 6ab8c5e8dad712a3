using System.Text.Json;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The library's own JSON form of a <see cref="SubmissionBatch"/> (a manifest of what was submitted), read and
/// written through System.Text.Json source generation (<see cref="WorkflowJsonContext"/>):
/// <c>{ "schemaVersion": "1.0", "school": "041305", "term": "114-1", "kind": "courseOutcomes", "unit": "admissions",
/// "students": [ { "nationalId": "A123456789", "birthDate": "2008-05-01", "records": [ { "id": "O1",
/// "contentHash": "&lt;64 hex&gt;" } ] } ] }</c>. The national ID is written in full: the batch is the school's own
/// record of what it sent.
/// </summary>
internal static class BatchJson
{
    public const string SchemaVersion = "1.0";
    private const string Document = "The batch";

    /// <summary>The error for a batch over <see cref="SubmissionBatch.MaxBytes"/>.</summary>
    public static ReceiptFormatException TooLarge() => JsonInput.TooLarge(Document, SubmissionBatch.MaxBytes, "SubmissionBatch.MaxBytes");
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };


    public static void Write(SubmissionBatch batch, Stream stream)
    {
        var file = new BatchFile
        {
            SchemaVersion = SchemaVersion,
            School = batch.School.ToString(),
            Term = batch.Term.ToString(),
            Kind = Name(batch.Kind),
            Unit = Name(batch.Unit),
            Students = [.. batch.Entries.GroupBy(e => e.Student).Select(student => new BatchStudentFile
            {
                NationalId = student.Key.NationalId.ToUnmaskedString(),
                BirthDate = LocalDatePattern.Iso.Format(student.Key.BirthDate),
                Records = [.. student.Select(e => new BatchRecordFile { Id = e.Record.ToString(), ContentHash = e.ContentHash.ToString() })],
            })],
        };

        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        JsonSerializer.Serialize(writer, file, WorkflowJsonContext.Default.BatchFile);
    }

    public static SubmissionBatch Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > SubmissionBatch.MaxBytes)
        {
            throw TooLarge();
        }

        var file = JsonInput.Deserialize(utf8, WorkflowJsonContext.Default.BatchFile, ReaderOptions, Document);
        JsonInput.RejectUnknown(file.Unknown, "$", WorkflowJsonContext.Default.BatchFile, utf8, ReaderOptions);
        if (file.SchemaVersion is { } version && version != SchemaVersion)
        {
            throw Invalid($"Unsupported schemaVersion '{version}' (expected {SchemaVersion}).", "$.schemaVersion", utf8);
        }

        SchoolCode? school = file.School is null ? null : SchoolCode.TryParse(file.School, out var s) ? s : throw Invalid("Not a 6-character school code.", "$.school", utf8);
        Term? term = file.Term is null ? null : Term.TryParse(file.Term, out var t) ? t : throw Invalid("Not a term such as 114-1.", "$.term", utf8);
        SubmissionContentKind? kind = file.Kind is null ? null : Named<SubmissionContentKind>(file.Kind) ?? throw Invalid($"Unknown kind '{file.Kind}'.", "$.kind", utf8);
        SubmittingUnit? unit = file.Unit is null ? null : Named<SubmittingUnit>(file.Unit) ?? throw Invalid($"Unknown unit '{file.Unit}'.", "$.unit", utf8);

        var entries = file.Students is null ? null : Students(file.Students, utf8);
        Require(file.SchemaVersion is not null, "$.schemaVersion", utf8);
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

    private static List<BatchEntry> Students(List<BatchStudentFile> students, ReadOnlySpan<byte> utf8)
    {
        var entries = new List<BatchEntry>();
        for (var n = 0; n < students.Count; n++)
        {
            var path = Internal.JsonCheck.Item("$.students", n);
            var student = students[n] ?? throw Invalid("A student must be an object.", path, utf8);
            JsonInput.RejectUnknown(student.Unknown, path, WorkflowJsonContext.Default.BatchStudentFile, utf8, ReaderOptions);
            NationalId? id = student.NationalId is not { } idText ? null
                : NationalId.TryParse(idText, out var parsed) ? parsed
                : throw Invalid($"'{NationalId.Mask(idText)}' is not a valid identity number.", path + ".nationalId", utf8);
            NodaTime.LocalDate? birth = null;
            if (student.BirthDate is { } dateText)
            {
                var date = LocalDatePattern.Iso.Parse(dateText);
                birth = date.Success ? date.Value : throw Invalid($"'{dateText}' is not a yyyy-MM-dd date.", path + ".birthDate", utf8);
            }

            var records = student.Records is null ? null : Records(student.Records, path + ".records", utf8);
            if (id is null || birth is null || records is null)
            {
                var missing = id is null ? "nationalId" : birth is null ? "birthDate" : "records";
                throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The student lacks {missing}.", path + "." + missing, utf8, ReaderOptions);
            }

            var key = new StudentKey(id.Value, birth.Value);
            entries.AddRange(records.Select(r => new BatchEntry(key, r.Record, r.Hash)));
        }

        return entries;
    }

    private static List<(RecordId Record, ContentHash Hash)> Records(List<BatchRecordFile> records, string path, ReadOnlySpan<byte> utf8)
    {
        var result = new List<(RecordId, ContentHash)>(records.Count);
        for (var n = 0; n < records.Count; n++)
        {
            var recordPath = Internal.JsonCheck.Item(path, n);
            var record = records[n] ?? throw Invalid("A record must be an object.", recordPath, utf8);
            JsonInput.RejectUnknown(record.Unknown, recordPath, WorkflowJsonContext.Default.BatchRecordFile, utf8, ReaderOptions);
            RecordId? id = record.Id is null ? null : RecordId.TryParse(record.Id, out var r) ? r : throw Invalid("Not a record identifier.", recordPath + ".id", utf8);
            ContentHash? hash = record.ContentHash is null ? null : ContentHash.TryParse(record.ContentHash, out var h) ? h : throw Invalid("Not 64 hexadecimal digits.", recordPath + ".contentHash", utf8);
            if (id is null || hash is null)
            {
                var missing = id is null ? "id" : "contentHash";
                throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The record lacks {missing}.", recordPath + "." + missing, utf8, ReaderOptions);
            }

            result.Add((id.Value, hash.Value));
        }

        return result;
    }

    /// <summary>An enumeration value's name in the batch file: camel case, e.g. <c>courseOutcomes</c>, <c>studentActivities</c>.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static TEnum? Named<TEnum>(string text)
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => (TEnum?)v).FirstOrDefault(v => Name(v!.Value) == text);

    private static ReceiptFormatException Invalid(string message, string path, ReadOnlySpan<byte> utf8) =>
        JsonInput.Error(WorkflowRules.InputValueInvalid, message, path, utf8, ReaderOptions);

    private static void Require(bool present, string path, ReadOnlySpan<byte> utf8)
    {
        if (!present)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The batch lacks {path[2..]}.", path, utf8, ReaderOptions);
        }
    }
}
