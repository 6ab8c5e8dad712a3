using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>Generators of submission documents: students with random content, some with a deliberate violation.</summary>
public static class BulkDocumentGenerators
{
    private const string Han = "學習歷程檔案課程成果多元表現競賽證照服務";

    /// <summary>One student object as compact JSON; about a third carry one violation.</summary>
    public static Gen<string> Student { get; } =
        from id in ValueGenerators.NationalIdText
        from nameLength in Gen.Choose(0, 6)
        from outcomes in Gen.Choose(0, 4)
        from descriptionLength in Gen.Choose(1, 120)
        from violation in Gen.Choose(0, 8)
        from escapedName in Gen.Elements(false, false, true)
        select Build(id, nameLength, outcomes, descriptionLength, violation, escapedName);

    /// <summary>A list of students and the separator written between them.</summary>
    public static Gen<(string[] Students, string Separator)> Students { get; } =
        from students in Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(Student, n))
        from separator in Gen.Elements(",", ", ", ",\n    ", "\r\n,\t")
        select (students, separator);

    public static string Document(string[] students, string separator) =>
        "{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"students\":[" + string.Join(separator, students) + "]}";

    private static string Build(string id, int nameLength, int outcomes, int descriptionLength, int violation, bool escapedName)
    {
        var sb = new StringBuilder();
        var nationalId = violation == 1 ? id[..9] + (char)('0' + ((id[9] - '0' + 1) % 10)) : id;
        var name = escapedName && nameLength > 0 ? string.Concat(Enumerable.Repeat("\\u738b", nameLength)) : new string('王', nameLength);
        sb.Append(CultureInfo.InvariantCulture, $"{{\"nationalId\":\"{nationalId}\",\"birthDate\":\"{(violation == 2 ? "2008-13-01" : "2008-05-01")}\",\"name\":\"{name}\",\"school\":\"041305\",\"courses\":[");
        sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"K1\",\"term\":\"{(violation == 3 ? "114-5" : "114-1")}\",\"courseCode\":\"{(violation == 4 ? "113041305ABCDEFGHIJKLM" : "113041305ABCDEFGHIJKLMN")}\",\"credits\":2}}");
        sb.Append("],\"outcomes\":[");
        for (var i = 0; i < outcomes; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var recordId = violation == 5 && i == 1 ? "O0" : "O" + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"{recordId}\",\"term\":\"114-1\",\"description\":\"{RepeatHan(descriptionLength)}\",\"files\":[{{\"mediaType\":\"application/pdf\",\"sizeBytes\":{(violation == 6 ? "\"big\"" : "1000")}}}],\"selected\":true}}");
        }

        sb.Append(CultureInfo.InvariantCulture, $"],\"performances\":[],\"enrollment\":[{{\"date\":\"2024-08-01\",\"kind\":\"admit\",\"school\":\"{(violation == 7 ? "04" : "041305")}\"}}]}}");
        return sb.ToString();
    }

    private static string RepeatHan(int n) => string.Create(n, 0, static (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Han[i % Han.Length];
        }
    });
}
