using System.Text.Json;
using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Reads the receipt (收訖明細) JSON with <see cref="Utf8JsonReader"/> (no reflection, trimming-safe). Shape
/// (from a school system's DTOs; per-row columns are [GAP]):
/// <c>{ "名稱", "名冊資訊", "上傳人員", "開放確認期限", "kind", "&lt;category&gt;": [ { "身分證號", "出生日期",
/// "&lt;sheet&gt;": [ { flat row }, … ], … }, … ] }</c>. Unknown outer and student fields are skipped.
/// </summary>
internal static class ReceiptJsonReader
{
    private const string Document = "The receipt";

    private static readonly (string Name, SubmissionContentKind Kind)[] Categories =
    [
        ("課程學習成果", SubmissionContentKind.CourseOutcomes),
        ("多元表現", SubmissionContentKind.MultiPerformance),
        ("修課紀錄", SubmissionContentKind.CourseRecords),
        ("校內幹部經歷", SubmissionContentKind.Cadres),
        ("學生資料", SubmissionContentKind.BasicData),
    ];

    public static ReceiptDocument Read(ReadOnlySpan<byte> utf8, ReceiptReadOptions options)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        JsonInput.Read(ref reader, Document, "$");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, "The receipt must be a JSON object.", "$", utf8, reader.TokenStartIndex);
        }

        string? name = null, rosterInfo = null, uploadedBy = null, deadlineText = null, kindText = null;
        long deadlineIndex = 0, kindIndex = 0;
        List<ReceiptStudent>? students = null;
        SubmissionContentKind? categoryKind = null;
        string? categoryName = null;
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
            switch (property)
            {
                case "名稱":
                    name = ReadText(ref reader, utf8, path);
                    break;
                case "名冊資訊":
                    rosterInfo = ReadRaw(ref reader, utf8, path);
                    break;
                case "上傳人員":
                    uploadedBy = ReadText(ref reader, utf8, path);
                    break;
                case "開放確認期限":
                    deadlineIndex = reader.TokenStartIndex;
                    deadlineText = ReadText(ref reader, utf8, path);
                    break;
                case "kind":
                    kindIndex = reader.TokenStartIndex;
                    kindText = ReadText(ref reader, utf8, path);
                    break;
                default:
                    var category = Array.FindIndex(Categories, c => c.Name == property);
                    if (category < 0)
                    {
                        JsonInput.Skip(ref reader, Document, path);
                        break;
                    }

                    if (categoryName is not null)
                    {
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"The receipt holds two categories ({categoryName}, {property}); one receipt covers one kind.", path, utf8, reader.TokenStartIndex);
                    }

                    categoryName = property;
                    categoryKind = Categories[category].Kind;
                    students = ReadStudents(ref reader, utf8, path, property, options);
                    break;
            }
        }

        if (categoryName is null || students is null)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, "The receipt lacks its category array (課程學習成果, 多元表現, 修課紀錄, 校內幹部經歷 or 學生資料).", "$", utf8, 0);
        }

        var kind = categoryKind!.Value;
        if (!string.IsNullOrEmpty(kindText) && !kindText.Contains(categoryName, StringComparison.Ordinal))
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"The kind '{kindText}' does not match the category {categoryName}.", "$.kind", utf8, kindIndex);
        }

        Instant? opens = null, deadline = null;
        if (!string.IsNullOrWhiteSpace(deadlineText))
        {
            (opens, deadline) = ParseDeadline(deadlineText, utf8, deadlineIndex);
        }

        return new ReceiptDocument(kind, kindText ?? categoryName, students, name, rosterInfo, uploadedBy, opens, deadline);
    }

    private static (Instant? Opens, Instant Deadline) ParseDeadline(string text, ReadOnlySpan<byte> utf8, long index)
    {
        const string path = "$.開放確認期限";
        var tilde = text.IndexOfAny(['~', '～']);
        var endText = tilde < 0 ? text.AsSpan() : text.AsSpan(tilde + 1);
        if (!JsonInput.TryParseInstant(endText, endOfDay: true, out var deadline))
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{text}' is not a deadline (a date such as 2026-02-10 or 115/02/10, optionally with HH:mm, or 'start ~ end').", path, utf8, index);
        }

        Instant? opens = null;
        if (tilde >= 0)
        {
            if (!JsonInput.TryParseInstant(text.AsSpan(0, tilde), endOfDay: false, out var start))
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{text}' has an invalid start before '~'.", path, utf8, index);
            }

            if (start >= deadline)
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{text}' ends before it starts.", path, utf8, index);
            }

            opens = start;
        }

        return (opens, deadline);
    }

    private static List<ReceiptStudent> ReadStudents(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path, string category, ReceiptReadOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"{category} must be an array of students.", path, utf8, reader.TokenStartIndex);
        }

        var students = new List<ReceiptStudent>();
        var seen = new HashSet<StudentKey>();
        while (true)
        {
            var studentPath = JsonInput.Item(path, students.Count);
            JsonInput.Read(ref reader, Document, studentPath);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return students;
            }

            var start = reader.TokenStartIndex;
            var student = ReadStudent(ref reader, utf8, studentPath, options);
            if (!seen.Add(student.Student))
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"Student {student.Student} appears twice.", studentPath, utf8, start);
            }

            students.Add(student);
        }
    }

    private static ReceiptStudent ReadStudent(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path, ReceiptReadOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonInput.Error(WorkflowRules.InputValueInvalid, "A student must be a JSON object.", path, utf8, reader.TokenStartIndex);
        }

        var objectStart = reader.TokenStartIndex;
        NationalId? id = null;
        LocalDate? birth = null;
        var rows = new List<ReceiptRecord>();
        while (true)
        {
            JsonInput.Read(ref reader, Document, path);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var property = reader.GetString()!;
            var fieldPath = JsonInput.Child(path, property);
            JsonInput.Read(ref reader, Document, fieldPath);
            var index = reader.TokenStartIndex;
            switch (property)
            {
                case "身分證號":
                    var idText = ReadText(ref reader, utf8, fieldPath) ?? string.Empty;
                    if (!NationalId.TryParse(idText.Trim(), out var parsed))
                    {
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{NationalId.Mask(idText)}' is not a valid identity number.", fieldPath, utf8, index);
                    }

                    id = parsed;
                    break;
                case "出生日期":
                    var dateText = ReadText(ref reader, utf8, fieldPath) ?? string.Empty;
                    if (!JsonInput.TryParseDate(dateText, out var date))
                    {
                        throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{dateText}' is not a birth date (yyyy-MM-dd, yyyy/MM/dd, yyyMMdd or ROC yyy/MM/dd).", fieldPath, utf8, index);
                    }

                    birth = date;
                    break;
                default:
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        ReadSheet(ref reader, utf8, fieldPath, property, options, rows);
                    }
                    else
                    {
                        JsonInput.Skip(ref reader, Document, fieldPath);
                    }

                    break;
            }
        }

        if (id is null)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, "The student lacks 身分證號.", JsonInput.Child(path, "身分證號"), utf8, objectStart);
        }

        if (birth is null)
        {
            throw JsonInput.Error(WorkflowRules.InputFieldMissing, "The student lacks 出生日期.", JsonInput.Child(path, "出生日期"), utf8, objectStart);
        }

        return new ReceiptStudent(new StudentKey(id.Value, birth.Value), rows, path);
    }

    private static void ReadSheet(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path, string sheet, ReceiptReadOptions options, List<ReceiptRecord> rows)
    {
        var count = 0;
        while (true)
        {
            var rowPath = JsonInput.Item(path, count);
            JsonInput.Read(ref reader, Document, rowPath);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"A row of {sheet} must be a JSON object.", rowPath, utf8, reader.TokenStartIndex);
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            var positions = new Dictionary<string, long>(StringComparer.Ordinal);
            while (true)
            {
                JsonInput.Read(ref reader, Document, rowPath);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var name = reader.GetString()!;
                var fieldPath = JsonInput.Child(rowPath, name);
                JsonInput.Read(ref reader, Document, fieldPath);
                positions[name] = reader.TokenStartIndex;
                var value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => ReadRaw(ref reader, utf8, fieldPath),
                };
                if (name != "身分證號")
                {
                    fields[name] = value;
                }
            }

            var record = Lookup(fields, positions, options.RecordIdFields, rowPath, utf8, static (string s, out RecordId r) => RecordId.TryParse(s, out r), "a record identifier");
            var hash = Lookup(fields, positions, options.ContentHashFields, rowPath, utf8, static (string s, out ContentHash h) => ContentHash.TryParse(s, out h), "a content hash (64 hexadecimal digits)");
            rows.Add(new ReceiptRecord(sheet, record, hash, fields, rowPath));
            count++;
        }
    }

    private delegate bool TryParser<T>(string s, out T value);

    private static T? Lookup<T>(Dictionary<string, string?> fields, Dictionary<string, long> positions, IReadOnlyList<string> names, string rowPath, ReadOnlySpan<byte> utf8, TryParser<T> parse, string what)
        where T : struct
    {
        foreach (var name in names)
        {
            if (fields.Remove(name, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                if (!parse(text.Trim(), out var value))
                {
                    throw JsonInput.Error(WorkflowRules.InputValueInvalid, $"'{text}' is not {what}.", JsonInput.Child(rowPath, name), utf8, positions[name]);
                }

                return value;
            }
        }

        return null;
    }

    private static string? ReadText(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw JsonInput.Error(WorkflowRules.InputValueInvalid, "Expected a string.", path, utf8, reader.TokenStartIndex),
    };

    private static string? ReadRaw(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                JsonInput.Skip(ref reader, Document, path);
                return System.Text.Encoding.UTF8.GetString(utf8[start..(int)reader.BytesConsumed]);
            default:
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
