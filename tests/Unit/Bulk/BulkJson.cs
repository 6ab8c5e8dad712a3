using System.Globalization;
using System.Text;

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
        string enrollment = "[{\"date\":\"2024-08-01\",\"kind\":\"admit\",\"school\":\"041305\",\"counterpartSchool\":null,\"programme\":\"301\"}]") =>
        $"{{\"nationalId\":\"{nationalId}\",\"birthDate\":{birthDate},\"name\":{name},\"school\":{school},\"studentNumber\":\"S1\",\"grade\":2,"
        + $"\"cadres\":{cadres ?? "[{\"id\":\"C1\",\"term\":\"114-1\",\"level\":\"class\",\"unit\":\"商二甲\",\"title\":\"班長\"}]"},"
        + $"\"courses\":{courses ?? "[" + Course() + "]"},"
        + $"\"outcomes\":{outcomes ?? "[" + Outcome() + "]"},"
        + $"\"performances\":{performances ?? "[" + Performance() + "]"},"
        + $"\"autobiography\":null,\"enrollment\":{enrollment}}}";

    public static string Document(params string[] students) =>
        "{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[\"basicData\",\"courseOutcomes\"],\"generatedAt\":\"2026-01-20T08:00:00Z\",\"students\":["
        + string.Join(',', students) + "]}";

    public static string ManyStudents(int n) => Document(Enumerable.Range(0, n).Select(i => Student(outcomes: "[" + Outcome(id: "O" + i.ToString(CultureInfo.InvariantCulture)) + "]")).ToArray());

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);
}
