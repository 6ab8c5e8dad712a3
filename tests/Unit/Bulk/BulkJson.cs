using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Bulk;

/// <summary>Builds small submission documents for the bulk tests (compact JSON in the agreed shape).</summary>
internal static class BulkJson
{
    public const string ValidId = "A123456789";

    public static string Outcome(string id = "O1", string term = "114-1", bool selected = true, string description = "課程學習成果說明", string files = "[{\"fileName\":\"r.pdf\",\"mediaType\":\"application/pdf\",\"sizeBytes\":123456}]", string courseCode = "113041305ABCDEFGHIJKLMN") =>
        $"{{\"id\":\"{id}\",\"term\":\"{term}\",\"courseCode\":\"{courseCode}\",\"kind\":\"regular\",\"origin\":null,\"title\":\"報告\",\"description\":\"{description}\",\"files\":{files},\"certification\":{{\"status\":\"certified\"}},\"selected\":{(selected ? "true" : "false")}}}";

    public static string Performance(string id = "P1", string term = "114-1", bool selected = true, string category = "competition", string details = "{\"name\":\"科展\",\"resultDate\":\"2025-11-02\"}") =>
        $"{{\"id\":\"{id}\",\"term\":\"{term}\",\"category\":\"{category}\",\"details\":{details},\"description\":\"說明\",\"files\":[],\"link\":null,\"selected\":{(selected ? "true" : "false")}}}";

    public static string Course(string id = "K1", string courseCode = "113041305ABCDEFGHIJKLMN", string term = "114-1") =>
        $"{{\"id\":\"{id}\",\"term\":\"{term}\",\"courseCode\":\"{courseCode}\",\"subjectName\":\"國語文\",\"credits\":4,\"score\":87.5,\"kind\":\"regular\",\"origin\":null}}";

    public static string Student(
        string nationalId = ValidId,
        string birthDate = "\"2008-05-01\"",
        string name = "\"王小明\"",
        string school = "\"041305\"",
        string? courses = null,
        string? outcomes = null,
        string? performances = null,
        string? cadres = null,
        string enrollment = "[{\"date\":\"2024-08-01\",\"kind\":\"admit\",\"school\":\"041305\",\"counterpartSchool\":null,\"programme\":\"301\"}]") => Complete(
        $"{{\"nationalId\":\"{nationalId}\",\"birthDate\":{birthDate},\"name\":{name},\"school\":{school},\"studentNumber\":\"S1\",\"programme\":\"301\",\"grade\":2,\"className\":\"商二甲\",\"seat\":1,"
        + $"\"cadres\":{cadres ?? "[{\"id\":\"C1\",\"term\":\"114-1\",\"level\":\"class\",\"unit\":\"商二甲\",\"title\":\"班長\"}]"},"
        + $"\"courses\":{courses ?? "[" + Course() + "]"},"
        + $"\"outcomes\":{outcomes ?? "[" + Outcome() + "]"},"
        + $"\"performances\":{performances ?? "[" + Performance() + "]"},"
        + $"\"autobiography\":null,\"enrollment\":{enrollment}}}");

    public static string Document(params string[] students) =>
        "{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[\"basicData\",\"courseRecords\",\"courseOutcomes\",\"multiPerformance\"],\"generatedAt\":\"2026-01-20T08:00:00Z\",\"students\":["
        + string.Join(',', students) + "]}";

    public static string ManyStudents(int n) => Document(Enumerable.Range(0, n).Select(i => Student(outcomes: "[" + Outcome(id: "O" + i.ToString(CultureInfo.InvariantCulture)) + "]")).ToArray());

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Completes a student written in short form as the submission format requires it: files get a name and a SHA-256
    /// when they have none, a certification gets every member its status calls for, and every outcome gets its real
    /// content hash (a certified hash equal to the stated content hash follows it). Invalid JSON is returned as is.
    /// </summary>
    public static string Complete(string student)
    {
        JsonObject node;
        try
        {
            node = JsonNode.Parse(student) as JsonObject ?? throw new JsonException();
        }
        catch (JsonException)
        {
            return student;
        }

        foreach (var performance in Objects(node["performances"]))
        {
            CompleteFiles(performance["files"]);
            var category = System.Array.IndexOf(StudentPortfolio.Export.JsonEnums.CategoryNames, performance["category"]?.GetValue<string>());
            if (category >= 0 && performance["details"] is JsonObject details)
            {
                foreach (var member in StudentPortfolio.Export.SubmissionShape.DetailsByCategory[category].Properties)
                {
                    Default(details, member, null);
                }
            }
        }

        foreach (var outcome in Objects(node["outcomes"]))
        {
            CompleteFiles(outcome["files"]);
            var stated = outcome["contentHash"]?.GetValue<string>();
            var hash = ContentHashOf(outcome);
            outcome["contentHash"] = hash;
            if (outcome["certification"] is JsonObject certification)
            {
                var status = certification["status"]?.GetValue<string>();
                if (!certification.ContainsKey("certifiedHash") || (stated is not null && certification["certifiedHash"]?.GetValue<string>() == stated))
                {
                    certification["certifiedHash"] = status == "certified" ? hash : null;
                }

                Default(certification, "certifier", status is "certified" or "rejected" ? "T001" : null);
                Default(certification, "onBehalfOf", null);
                Default(certification, "decidedAt", status is "certified" or "rejected" ? "2026-01-10T00:00:00Z" : null);
                Default(certification, "rejectionReason", status == "rejected" ? "請補充說明" : null);
            }
        }

        try
        {
            return node.ToJsonString(Compact);
        }
        catch (InvalidOperationException)
        {
            return student; // a string escaping a lone surrogate: the test is about it
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) => array is JsonArray a ? a.OfType<JsonObject>() : [];

    private static void Default(JsonObject o, string name, string? value)
    {
        if (!o.ContainsKey(name))
        {
            o[name] = value;
        }
    }

    private static void CompleteFiles(JsonNode? files)
    {
        var j = 0;
        foreach (var file in Objects(files))
        {
            Default(file, "fileName", "file" + (j++).ToString(CultureInfo.InvariantCulture) + ".pdf");
            Default(file, "sha256", new string('a', 64));
        }
    }

    // The outcome's real content hash, computed by the library from its values; zeros when a value does not parse
    // (the test is then about that value).
    private static string ContentHashOf(JsonObject o)
    {
        try
        {
            var files = Objects(o["files"]).Select(f => new MediaFile(
                f["fileName"]!.GetValue<string>(), MediaType.Parse(f["mediaType"]!.GetValue<string>()), f["sizeBytes"]!.GetValue<long>(), ContentHash.Parse(f["sha256"]!.GetValue<string>()))).ToList();
            var kind = o["kind"]?.GetValue<string>() switch
            {
                "makeUp" => CourseRecordKind.MakeUp,
                "retake" => CourseRecordKind.Retake,
                "repeatYear" => CourseRecordKind.RepeatYear,
                "transfer" => CourseRecordKind.Transfer,
                "borrowedStudy" => CourseRecordKind.BorrowedStudy,
                _ => CourseRecordKind.Regular,
            };
            CourseOrigin? origin = null;
            if (o["origin"] is JsonObject from)
            {
                origin = new CourseOrigin(
                    from["school"]?.GetValue<string>() is { } school ? SchoolCode.Parse(school) : null,
                    from["term"]?.GetValue<string>() is { } term ? Term.Parse(term) : null,
                    from["courseCode"]?.GetValue<string>() is { } code ? CourseCode.Parse(code) : null,
                    from["subjectName"]?.GetValue<string>(),
                    from["credits"]?.GetValue<int>());
            }

            var outcome = new CourseLearningOutcome(
                RecordId.Parse(o["id"]!.GetValue<string>()), Term.Parse(o["term"]!.GetValue<string>()), CourseCode.Parse(o["courseCode"]!.GetValue<string>()),
                o["title"]!.GetValue<string>(), o["description"]!.GetValue<string>(), files, null, false, kind, origin);
            return outcome.ContentHash.ToString();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NullReferenceException or JsonException)
        {
            return new string('0', 64);
        }
    }

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);
}
