using System.Text.Json;
using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Reads the receipt (收訖明細) JSON through System.Text.Json source generation (<see cref="WorkflowJsonContext"/>: no
/// reflection, trimming and AOT safe) after the one-pass check of <see cref="JsonInput"/>. Shape
/// (from a school system's DTOs; per-row columns are [GAP]):
/// <c>{ "名稱", "名冊資訊", "上傳人員", "開放確認期限", "kind", "&lt;category&gt;": [ { "身分證號", "出生日期",
/// "&lt;sheet&gt;": [ { flat row }, … ], … }, … ] }</c>. Unknown outer and student fields are skipped.
/// </summary>
internal static class ReceiptJsonReader
{
    private const string Document = "The receipt";

    /// <summary>The error for a receipt over <see cref="ReceiptDocument.MaxBytes"/>.</summary>
    public static ReceiptFormatException TooLarge() => JsonInput.TooLarge(Document, ReceiptDocument.MaxBytes, "ReceiptDocument.MaxBytes");

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    public static ReceiptDocument Read(ReadOnlySpan<byte> utf8, ReceiptReadOptions options)
    {
        if (utf8.Length > ReceiptDocument.MaxBytes)
        {
            throw TooLarge();
        }

        var file = JsonInput.Deserialize(utf8, WorkflowJsonContext.Default.ReceiptFile, ReaderOptions, Document);
        (string Name, SubmissionContentKind Kind, List<ReceiptStudentFile>? Students)[] present =
        [
            ("課程學習成果", SubmissionContentKind.CourseOutcomes, file.CourseOutcomes),
            ("多元表現", SubmissionContentKind.MultiPerformance, file.MultiPerformance),
            ("修課紀錄", SubmissionContentKind.CourseRecords, file.CourseRecords),
            ("校內幹部經歷", SubmissionContentKind.Cadres, file.Cadres),
            ("學生資料", SubmissionContentKind.BasicData, file.BasicData),
        ];
        var given = present.Where(c => c.Students is not null).ToList();
        if (given.Count == 0)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, "The receipt lacks its category array (課程學習成果, 多元表現, 修課紀錄, 校內幹部經歷 or 學生資料).", "$", utf8, ReaderOptions);
        }

        if (given.Count > 1)
        {
            throw Invalid($"The receipt holds two categories ({given[0].Name}, {given[1].Name}); one receipt covers one kind.", JsonCheck.Child("$", given[1].Name), utf8);
        }

        var (categoryName, kind, rows) = given[0];
        var students = ReadStudents(rows!, utf8, JsonCheck.Child("$", categoryName), options);
        var kindText = file.Kind;
        if (!string.IsNullOrEmpty(kindText) && !kindText.Contains(categoryName, StringComparison.Ordinal))
        {
            throw Invalid($"The kind '{kindText}' does not match the category {categoryName}.", "$.kind", utf8);
        }

        Instant? opens = null, deadline = null;
        if (!string.IsNullOrWhiteSpace(file.Deadline))
        {
            (opens, deadline) = ParseDeadline(file.Deadline, utf8);
        }

        var rosterInfo = file.RosterInfo is { } info ? Text(info) : null;
        return new ReceiptDocument(kind, kindText ?? categoryName, students, file.Name, rosterInfo, file.UploadedBy, opens, deadline);
    }

    private static (Instant? Opens, Instant Deadline) ParseDeadline(string text, ReadOnlySpan<byte> utf8)
    {
        const string path = "$.開放確認期限";
        var tilde = text.IndexOfAny(['~', '～']);
        var endText = tilde < 0 ? text.AsSpan() : text.AsSpan(tilde + 1);
        if (!JsonInput.TryParseInstant(endText, endOfDay: true, out var deadline))
        {
            throw Invalid($"'{text}' is not a deadline (a date such as 2026-02-10 or 115/02/10, optionally with HH:mm, or 'start ~ end').", path, utf8);
        }

        Instant? opens = null;
        if (tilde >= 0)
        {
            if (!JsonInput.TryParseInstant(text.AsSpan(0, tilde), endOfDay: false, out var start))
            {
                throw Invalid($"'{text}' has an invalid start before '~'.", path, utf8);
            }

            if (start >= deadline)
            {
                throw Invalid($"'{text}' ends before it starts.", path, utf8);
            }

            opens = start;
        }

        return (opens, deadline);
    }

    private static List<ReceiptStudent> ReadStudents(List<ReceiptStudentFile> files, ReadOnlySpan<byte> utf8, string path, ReceiptReadOptions options)
    {
        var students = new List<ReceiptStudent>(files.Count);
        var seen = new HashSet<StudentKey>();
        for (var n = 0; n < files.Count; n++)
        {
            var studentPath = JsonCheck.Item(path, n);
            var student = ReadStudent(files[n] ?? throw Invalid("A student must be a JSON object.", studentPath, utf8), utf8, studentPath, options);
            if (!seen.Add(student.Student))
            {
                throw Invalid($"Student {student.Student} appears twice.", studentPath, utf8);
            }

            students.Add(student);
        }

        return students;
    }

    private static ReceiptStudent ReadStudent(ReceiptStudentFile file, ReadOnlySpan<byte> utf8, string path, ReceiptReadOptions options)
    {
        NationalId? id = null;
        if (file.NationalId is not null || HasNull("身分證號", utf8, path))
        {
            var idText = file.NationalId ?? string.Empty;
            id = NationalId.TryParse(idText.Trim(), out var parsed)
                ? parsed
                : throw Invalid($"'{NationalId.Mask(idText)}' is not a valid identity number.", JsonCheck.Child(path, "身分證號"), utf8);
        }

        LocalDate? birth = null;
        if (file.BirthDate is not null || HasNull("出生日期", utf8, path))
        {
            var dateText = file.BirthDate ?? string.Empty;
            birth = JsonInput.TryParseDate(dateText, out var date)
                ? date
                : throw Invalid($"'{dateText}' is not a birth date (yyyy-MM-dd, yyyy/MM/dd, yyyMMdd or ROC yyy/MM/dd).", JsonCheck.Child(path, "出生日期"), utf8);
        }

        var rows = new List<ReceiptRecord>();
        foreach (var (sheet, value) in file.Sheets ?? [])
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                ReadSheet(value, utf8, JsonCheck.Child(path, sheet), sheet, options, rows);
            }
        }

        if (id is null || birth is null)
        {
            var missing = id is null ? "身分證號" : "出生日期";
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, $"The student lacks {missing}.", JsonCheck.Child(path, missing), utf8, ReaderOptions);
        }

        return new ReceiptStudent(new StudentKey(id.Value, birth.Value), rows, path);
    }

    /// <summary>Whether the key field is present as <c>null</c> (an invalid value, unlike a missing field).</summary>
    private static bool HasNull(string name, ReadOnlySpan<byte> utf8, string path) =>
        JsonCheck.Locate(utf8, ReaderOptions, JsonCheck.Child(path, name)).Token == JsonTokenType.Null;

    private static void ReadSheet(JsonElement sheetRows, ReadOnlySpan<byte> utf8, string path, string sheet, ReceiptReadOptions options, List<ReceiptRecord> rows)
    {
        var count = 0;
        foreach (var row in sheetRows.EnumerateArray())
        {
            var rowPath = JsonCheck.Item(path, count);
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"A row of {sheet} must be a JSON object.", rowPath, utf8);
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in row.EnumerateObject())
            {
                if (field.Name != "身分證號")
                {
                    fields[field.Name] = Text(field.Value);
                }
            }

            var record = Lookup<RecordId>(fields, options.RecordIdFields, rowPath, utf8, "a record identifier");
            var hash = Lookup<ContentHash>(fields, options.ContentHashFields, rowPath, utf8, "a content hash (64 hexadecimal digits)");
            rows.Add(new ReceiptRecord(sheet, record, hash, fields, rowPath));
            count++;
        }
    }

    private static T? Lookup<T>(Dictionary<string, string?> fields, IReadOnlyList<string> names, string rowPath, ReadOnlySpan<byte> utf8, string what)
        where T : struct, IValueText<T>
    {
        foreach (var name in names)
        {
            if (fields.Remove(name, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                if (!T.TryParse(text.AsSpan().Trim(), out var value))
                {
                    throw Invalid($"'{text}' is not {what}.", JsonCheck.Child(rowPath, name), utf8);
                }

                return value;
            }
        }

        return null;
    }

    /// <summary>A field as text: a string's value, <see langword="null"/> for null, and the JSON text of anything else.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static ReceiptFormatException Invalid(string message, string path, ReadOnlySpan<byte> utf8) =>
        JsonInput.Error(WorkflowRules.InputValueInvalid, message, path, utf8, ReaderOptions);
}
