using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Benchmarks;

/// <summary>
/// Writes a deterministic synthetic submission document in the agreed shape, straight to a stream with
/// <see cref="Utf8JsonWriter"/> (compact, CJK not escaped), one student at a time so memory stays flat. Every document
/// is one the strict <c>SubmissionReader</c> accepts: outcomes carry their real content hash (computed by
/// <see cref="CourseLearningOutcome"/> itself) and every enumeration value is one the format defines. The deliberate
/// violations break policy rules (<c>SP-Q</c>, <c>SP-C</c>…) found by the validators, not the format; format errors
/// (which the reader refuses) are written only when asked for (<c>formatViolations</c>).
/// </summary>
public static class SubmissionGenerator
{
    /// <summary>The kinds of deliberate policy violation, one per affected student (kinds 1 to 9).</summary>
    public static readonly string[] ViolationKinds =
    [
        "empty-description", "missing-performance-details", "reversed-dates", "file-too-large", "seven-selected-outcomes",
        "long-description", "file-too-large-or-bad-type", "eleven-selected-performances", "bad-media-type",
    ];

    /// <summary>The kinds of deliberate format error, written only with <c>formatViolations</c> (kinds 10 to 12).</summary>
    public static readonly string[] FormatViolationKinds = ["bad-checksum-id", "short-course-code", "duplicate-record-id"];

    private const int BadChecksumId = 10;
    private const int ShortCourseCode = 11;
    private const int DuplicateRecordId = 12;

    private const string Han = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研探究實驗報告服務競賽團隊合作";
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"; // value order 10..35
    private const string CodeChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Hex = "0123456789abcdef";
    private static readonly string[] Surnames = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周"];
    private static readonly string[] Subjects = ["國語文", "英語文", "數學", "歷史", "地理", "公民與社會", "物理", "化學", "生物", "地球科學", "音樂", "美術", "藝術生活", "生命教育", "生涯規劃", "家政", "健康與護理", "體育", "全民國防教育", "資訊科技", "生活科技", "本土語文"];
    private static readonly string[] Categories = ["cadre", "competition", "certificate", "serviceLearning", "flexibleLearning", "groupActivity", "workplaceLearning", "works", "advancedCourse", "other"];
    private static readonly string[] MediaTypes = ["application/pdf", "image/jpeg", "image/png", "video/mp4"];
    private static readonly string[] Terms = ["113-1", "113-2", "114-1"];

    /// <summary>Writes <paramref name="students"/> students generated from <paramref name="seed"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="students">How many students.</param>
    /// <param name="seed">The random seed (same seed, same bytes).</param>
    /// <param name="violationRate">The fraction (0–1) of students that carry one deliberate violation.</param>
    /// <param name="formatViolations">Whether violations may also be format errors the reader refuses (<see cref="FormatViolationKinds"/>).</param>
    /// <returns>The number of students with a violation.</returns>
    public static int Write(Stream output, int students, int seed, double violationRate, bool formatViolations = false)
    {
        var kinds = ViolationKinds.Length + (formatViolations ? FormatViolationKinds.Length : 0);
        var random = new Random(seed);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };
        using var w = new Utf8JsonWriter(output, options);
        w.WriteStartObject();
        w.WriteString("schemaVersion", "1.0");
        w.WriteString("school", "041305");
        w.WriteNumber("academicYear", 114);
        w.WriteNumber("semester", 1);
        w.WriteStartArray("contentKinds");
        w.WriteStringValue("basicData");
        w.WriteStringValue("courseRecords");
        w.WriteStringValue("courseOutcomes");
        w.WriteStringValue("multiPerformance");
        w.WriteEndArray();
        w.WriteString("generatedAt", "2026-01-20T08:00:00Z");
        w.WriteStartArray("students");
        var violations = 0;
        for (var i = 0; i < students; i++)
        {
            var violation = random.NextDouble() < violationRate ? 1 + random.Next(kinds) : 0;
            violations += violation > 0 ? 1 : 0;
            WriteStudent(w, random, i, violation);
            if (w.BytesPending > 1 << 20)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        return violations;
    }

    /// <summary>Writes a document to a file (atomically: a temporary file is renamed at the end).</summary>
    /// <param name="path">The file.</param>
    /// <param name="students">How many students.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="violationRate">The violation rate.</param>
    /// <param name="formatViolations">Whether violations may also be format errors.</param>
    /// <returns>The number of students with a violation.</returns>
    public static int WriteFile(string path, int students, int seed, double violationRate, bool formatViolations = false)
    {
        var temp = path + ".tmp";
        int violations;
        using (var fs = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            violations = Write(fs, students, seed, violationRate, formatViolations);
        }

        File.Move(temp, path, overwrite: true);
        return violations;
    }

    private static void WriteStudent(Utf8JsonWriter w, Random r, int index, int violation)
    {
        w.WriteStartObject();
        w.WriteString("nationalId", NationalId(r, violation == BadChecksumId));
        w.WriteString("birthDate", new DateOnly(2008, 9, 2).AddDays(r.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("name", Surnames[r.Next(Surnames.Length)] + HanText(r, 1 + r.Next(2)));
        w.WriteString("school", "041305");
        w.WriteString("studentNumber", "S" + (110000 + index).ToString(CultureInfo.InvariantCulture));
        w.WriteString("programme", "301");
        w.WriteNumber("grade", 2);
        w.WriteString("className", "商二甲");
        w.WriteNumber("seat", 1 + (index % 45));

        w.WriteStartArray("cadres");
        var cadres = 2 + r.Next(3);
        for (var i = 0; i < cadres; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", Id("C", index, i));
            w.WriteString("term", Terms[r.Next(Terms.Length)]);
            w.WriteString("level", i % 2 == 0 ? "class" : "club");
            w.WriteString("unit", HanText(r, 4));
            w.WriteString("title", HanText(r, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("courses");
        var courses = 20 + r.Next(9);
        var codes = new string[courses];
        var courseTerms = new string[courses];
        for (var i = 0; i < courses; i++)
        {
            codes[i] = CourseCode(r);
            courseTerms[i] = Terms[r.Next(Terms.Length)];
            if (i < Terms.Length)
            {
                courseTerms[i] = Terms[i]; // every term has a course, so every outcome can belong to one (SP-C007)
            }

            w.WriteStartObject();
            w.WriteString("id", Id("K", index, i));
            w.WriteString("term", courseTerms[i]);
            w.WriteString("courseCode", violation == ShortCourseCode && i == 0 ? codes[i][..22] : codes[i]);
            w.WriteString("subjectName", Subjects[r.Next(Subjects.Length)]);
            w.WriteNumber("credits", 1 + r.Next(4));
            w.WriteNumber("score", Math.Round(40 + (r.NextDouble() * 60), 1));
            w.WriteString("kind", "regular");
            w.WriteNull("origin");
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Outcomes: at most 6 selected per academic year unless the violation asks for 7 in 114.
        w.WriteStartArray("outcomes");
        var outcomes = 6 + r.Next(5);
        if (violation == 5)
        {
            outcomes = Math.Max(outcomes, 7);
        }

        int selected113 = 0, selected114 = 0;
        for (var i = 0; i < outcomes; i++)
        {
            var term = violation == 5 && i < 7 ? "114-1" : Terms[r.Next(Terms.Length)];
            bool selected;
            if (violation == 5 && i < 7)
            {
                selected = true;
            }
            else
            {
                ref var count = ref term.StartsWith("113", StringComparison.Ordinal) ? ref selected113 : ref selected114;
                selected = count < 6 && r.Next(2) == 0;
                count += selected ? 1 : 0;
            }

            var id = violation == DuplicateRecordId && i == 1 ? Id("O", index, 0) : Id("O", index, i);
            var courseCode = codes[CourseOfTerm(courseTerms, term, r.Next(courses))];
            var title = HanText(r, 6 + r.Next(10));
            var description = violation == 1 && i == 0 ? string.Empty : HanText(r, violation == 6 && i == 0 ? 101 : 60 + r.Next(41));
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("term", term);
            w.WriteString("courseCode", courseCode);
            w.WriteString("kind", "regular");
            w.WriteNull("origin");
            w.WriteString("title", title);
            w.WriteString("description", description);
            var files = WriteFiles(w, r, i == 0 ? FileProblem(violation) : BadFile.None, min: 1, max: 2);
            w.WriteStartObject("certification");
            w.WriteString("status", "certified");
            w.WriteString("certifier", "T" + r.Next(100000, 999999).ToString(CultureInfo.InvariantCulture));
            w.WriteNull("onBehalfOf");
            w.WriteString("decidedAt", new DateTime(2026, 1, 10, 2, 0, 0, DateTimeKind.Utc).AddMinutes(-r.Next(200_000)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteNull("rejectionReason");

            // The content hash is the library's own (CourseLearningOutcome computes it); certified and unchanged since.
            var hash = ContentHashOf(id, term, courseCode, title, description, files);
            w.WriteString("certifiedHash", hash);
            w.WriteEndObject();
            w.WriteBoolean("selected", selected);
            w.WriteString("contentHash", hash);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("performances");
        var performances = 10 + r.Next(5);
        if (violation == 8)
        {
            performances = Math.Max(performances, 11);
        }

        int selectedP113 = 0, selectedP114 = 0;
        for (var i = 0; i < performances; i++)
        {
            var term = violation == 8 && i < 11 ? "114-1" : Terms[r.Next(Terms.Length)];
            bool selected;
            if (violation == 8 && i < 11)
            {
                selected = true;
            }
            else
            {
                ref var count = ref term.StartsWith("113", StringComparison.Ordinal) ? ref selectedP113 : ref selectedP114;
                selected = count < 10 && r.Next(3) != 0;
                count += selected ? 1 : 0;
            }

            var category = Categories[i % Categories.Length];
            w.WriteStartObject();
            w.WriteString("id", Id("P", index, i));
            w.WriteString("term", term);
            w.WriteString("category", category);
            w.WriteStartObject("details");
            WriteDetails(w, r, category, violation == 3 && i == 0, blank: violation == 2 && category == "competition");
            w.WriteEndObject();
            w.WriteString("description", HanText(r, 30 + r.Next(31)));
            WriteFiles(w, r, BadFile.None, min: 0, max: 1);
            if (r.Next(3) == 0)
            {
                w.WriteNull("link");
            }
            else
            {
                w.WriteString("link", "https://portfolio.example.edu.tw/p/" + Code(r, 12));
            }

            w.WriteBoolean("selected", selected);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNull("autobiography");

        w.WriteStartArray("enrollment");
        w.WriteStartObject();
        w.WriteString("date", "2024-08-01");
        w.WriteString("kind", "admit");
        w.WriteString("school", "041305");
        w.WriteNull("counterpartSchool");
        w.WriteString("programme", "301");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter w, Random r, string category, bool reversed, bool blank)
    {
        var start = new DateOnly(2024, 9, 1).AddDays(r.Next(500));
        var end = reversed ? start.AddDays(-10) : start.AddDays(1 + r.Next(60));
        switch (category)
        {
            case "competition" when blank: // every field present and empty: the required fields are missing (SP-C006)
                foreach (var field in (string[])["name", "event", "levelCode", "award", "resultDate", "isTeam"])
                {
                    w.WriteNull(field);
                }

                break;
            case "competition":
                w.WriteString("name", HanText(r, 8));
                w.WriteString("event", HanText(r, 4));
                w.WriteString("levelCode", "3");
                w.WriteString("award", HanText(r, 3));
                w.WriteString("resultDate", Date(start));
                w.WriteBoolean("isTeam", r.Next(2) == 0);
                break;
            case "certificate":
                w.WriteString("certificateCode", Code(r, 6));
                w.WriteString("score", "85");
                w.WriteNull("subResults");
                w.WriteString("obtainedOn", Date(start));
                w.WriteString("certificateNumber", Code(r, 10));
                w.WriteNull("group");
                break;
            case "flexibleLearning":
                w.WriteString("typeCode", "1");
                w.WriteString("name", HanText(r, 6));
                w.WriteString("organiser", HanText(r, 5));
                w.WriteString("offeredIn", "114-1");
                w.WriteNumber("periodsPerWeek", 2);
                w.WriteNumber("weeks", 18);
                break;
            case "groupActivity":
                w.WriteString("typeCode", "2");
                w.WriteString("organiser", HanText(r, 5));
                w.WriteString("name", HanText(r, 6));
                w.WriteString("heldIn", "114-1");
                w.WriteNumber("periods", 12);
                break;
            case "works":
                w.WriteString("name", HanText(r, 8));
                w.WriteString("date", Date(start));
                break;
            case "cadre":
                w.WriteString("unit", HanText(r, 4));
                w.WriteString("startDate", Date(start));
                w.WriteString("endDate", Date(end));
                w.WriteString("title", HanText(r, 3));
                w.WriteString("level", "club");
                break;
            case "advancedCourse":
                w.WriteString("programme", HanText(r, 4));
                w.WriteString("organiser", HanText(r, 6));
                w.WriteString("courseName", HanText(r, 8));
                w.WriteString("startDate", Date(start));
                w.WriteString("endDate", Date(end));
                w.WriteNumber("credits", 2);
                w.WriteNumber("totalHours", 36);
                break;
            case "workplaceLearning":
                w.WriteString("typeCode", "1");
                w.WriteString("organisation", HanText(r, 6));
                w.WriteString("jobTitle", HanText(r, 4));
                w.WriteString("startDate", Date(start));
                w.WriteString("endDate", Date(end));
                w.WriteNumber("hours", 40);
                break;
            default: // serviceLearning, other
                w.WriteString("name", HanText(r, 8));
                w.WriteString(category == "serviceLearning" ? "organisation" : "organiser", HanText(r, 6));
                w.WriteString("startDate", Date(start));
                w.WriteString("endDate", Date(end));
                w.WriteNumber("hours", Math.Round(r.NextDouble() * 40, 1));
                break;
        }
    }

    // The first course from index start on (cyclically) taken in the term: an outcome belongs to a course of its term.
    private static int CourseOfTerm(string[] courseTerms, string term, int start)
    {
        for (var k = 0; k < courseTerms.Length; k++)
        {
            var i = (start + k) % courseTerms.Length;
            if (courseTerms[i] == term)
            {
                return i;
            }
        }

        return start;
    }

    private enum BadFile
    {
        None,
        TooLarge,
        TooLargeOrBadType,
        BadType,
    }

    private static BadFile FileProblem(int violation) => violation switch
    {
        4 => BadFile.TooLarge,
        7 => BadFile.TooLargeOrBadType,
        9 => BadFile.BadType,
        _ => BadFile.None,
    };

    // Writes the files and returns them as the library's MediaFile objects (for the outcome's content hash).
    private static List<MediaFile> WriteFiles(Utf8JsonWriter w, Random r, BadFile bad, int min, int max)
    {
        w.WriteStartArray("files");
        var n = Math.Max(min + r.Next(max - min + 1), bad == BadFile.None ? 0 : 1);
        var files = new List<MediaFile>(n);
        var firstIsVideo = false;
        for (var i = 0; i < n; i++)
        {
            var mediaType = MediaTypes[r.Next(MediaTypes.Length)];
            if (i == 0)
            {
                firstIsVideo = mediaType == "video/mp4";
            }
            else
            {
                mediaType = firstIsVideo ? "application/pdf" : "video/mp4"; // at most one document and one video per item
            }

            var ext = mediaType switch { "application/pdf" => "pdf", "image/jpeg" => "jpg", "image/png" => "png", _ => "mp4" };
            long size = mediaType == "video/mp4" ? 1_000_000 + r.Next(9_000_000) : 20_000 + r.Next(3_000_000);
            if (bad != BadFile.None && i == 0)
            {
                if (bad == BadFile.TooLarge || (bad == BadFile.TooLargeOrBadType && r.Next(2) == 0))
                {
                    mediaType = "application/pdf";
                    ext = "pdf";
                    size = 4 * 1024 * 1024 + 1 + r.Next(1_000_000);
                }
                else
                {
                    mediaType = "application/x-msdownload";
                    ext = "exe";
                }
            }

            var fileName = HanText(r, 4) + "_" + (i + 1).ToString("00", CultureInfo.InvariantCulture) + "." + ext;
            var sha256 = HexText(r, 64);
            w.WriteStartObject();
            w.WriteString("fileName", fileName);
            w.WriteString("mediaType", mediaType);
            w.WriteNumber("sizeBytes", size);
            w.WriteString("sha256", sha256);
            w.WriteEndObject();
            files.Add(new MediaFile(fileName, MediaType.Parse(mediaType), size, ContentHash.Parse(sha256)));
        }

        w.WriteEndArray();
        return files;
    }

    // The outcome's content hash as the library computes it, from the same values the document carries.
    private static string ContentHashOf(string id, string term, string courseCode, string title, string description, List<MediaFile> files) =>
        new CourseLearningOutcome(
            RecordId.Parse(id),
            Term.Parse(term),
            Portfolio.CourseCode.Parse(courseCode),
            title,
            description,
            files).ContentHash.ToString();

    private static string NationalId(Random r, bool bad)
    {
        Span<char> s = stackalloc char[10];
        s[0] = Letters[r.Next(26)];
        s[1] = (char)('1' + r.Next(2));
        for (var i = 2; i < 9; i++)
        {
            s[i] = (char)('0' + r.Next(10));
        }

        var code = Letters.IndexOf(s[0], StringComparison.Ordinal) + 10;
        var sum = (code / 10) + (code % 10 * 9);
        for (var i = 1; i < 9; i++)
        {
            sum += (s[i] - '0') * (9 - i);
        }

        var check = (10 - (sum % 10)) % 10;
        if (bad)
        {
            check = (check + 1) % 10;
        }

        s[9] = (char)('0' + check);
        return new string(s);
    }

    private static string CourseCode(Random r)
    {
        // 3-digit ROC entry year, 6-char school code, then 14 code characters.
        return "113" + "041305" + Code(r, 14);
    }

    private static string Id(string prefix, int student, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{student:D7}-{i:D2}");

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string HanText(Random r, int n) =>
        string.Create(n, r, static (span, rr) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Han[rr.Next(Han.Length)];
            }
        });

    private static string Code(Random r, int n) =>
        string.Create(n, r, static (span, rr) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeChars[rr.Next(CodeChars.Length)];
            }
        });

    private static string HexText(Random r, int n) =>
        string.Create(n, r, static (span, rr) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Hex[rr.Next(16)];
            }
        });
}
