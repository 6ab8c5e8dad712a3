using System.Text;
using System.Text.Json;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Export;

public class SubmissionWriterTests
{
    [Fact]
    public void Sample_document_matches_the_golden_file()
    {
        var bytes = SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create());
        var path = RepositoryFiles.PathOf(SampleSubmission.GoldenPath);
        if (Environment.GetEnvironmentVariable("SP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, bytes);
        }

        var golden = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetString(golden), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        var a = SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create());
        var b = SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create());
        Assert.Equal(a, b);
    }

    [Fact]
    public void Chinese_text_is_written_raw_not_escaped()
    {
        var text = Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create()));
        Assert.Contains("\"name\": \"王測試\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u738B", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Header_fields_come_first_and_name_the_declared_kinds()
    {
        using var doc = JsonDocument.Parse(SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create()));
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["schemaVersion", "school", "academicYear", "semester", "contentKinds", "generatedAt", "students"], names);
        Assert.Equal("1.0", doc.RootElement.GetProperty("schemaVersion").GetString());
        Assert.Equal(114, doc.RootElement.GetProperty("academicYear").GetInt32());
        Assert.Equal("2026-01-20T08:00:00Z", doc.RootElement.GetProperty("generatedAt").GetString());
        Assert.Equal(
            ["basicData", "courseRecords", "courseOutcomes", "multiPerformance"],
            doc.RootElement.GetProperty("contentKinds").EnumerateArray().Select(e => e.GetString()).ToArray());
    }

    [Fact]
    public void Only_the_arrays_of_declared_kinds_are_written()
    {
        var header = new SubmissionHeader(SampleSubmission.School, SampleSubmission.Term, ContentKinds.CourseOutcomes, Instant.FromUtc(2026, 1, 20, 8, 0));
        var document = SubmissionDocument.FromPortfolios(header, SampleSubmission.Portfolios());
        using var doc = JsonDocument.Parse(SubmissionWriter.ToUtf8Bytes(document));
        var student = doc.RootElement.GetProperty("students")[0];
        Assert.True(student.TryGetProperty("outcomes", out _));
        Assert.False(student.TryGetProperty("courses", out _));
        Assert.False(student.TryGetProperty("performances", out _));
        Assert.False(student.TryGetProperty("cadres", out _));
        Assert.False(student.TryGetProperty("enrollment", out _));
        Assert.False(student.TryGetProperty("autobiography", out _));
        Assert.Equal("A123456789", student.GetProperty("nationalId").GetString());
    }

    [Fact]
    public void Enums_dates_and_instants_use_the_agreed_forms()
    {
        using var doc = JsonDocument.Parse(SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create()));
        var first = doc.RootElement.GetProperty("students")[0];
        Assert.Equal("2008-05-01", first.GetProperty("birthDate").GetString());
        Assert.Equal("class", first.GetProperty("cadres")[0].GetProperty("level").GetString());
        Assert.Equal("repeatYear", first.GetProperty("courses")[2].GetProperty("kind").GetString());
        Assert.Equal(87.5m, first.GetProperty("courses")[0].GetProperty("score").GetDecimal());
        var certification = first.GetProperty("outcomes")[0].GetProperty("certification");
        Assert.Equal("certified", certification.GetProperty("status").GetString());
        Assert.Equal("2026-01-10T02:00:00Z", certification.GetProperty("decidedAt").GetString());
        var second = doc.RootElement.GetProperty("students")[1];
        Assert.Equal("makeUp", second.GetProperty("courses")[1].GetProperty("kind").GetString());
        Assert.Equal("transferOut", second.GetProperty("enrollment")[1].GetProperty("kind").GetString());
        Assert.Equal("transferIn", second.GetProperty("enrollment")[2].GetProperty("kind").GetString());
        Assert.Equal("114-1", second.GetProperty("courses")[0].GetProperty("term").GetString());
    }

    [Fact]
    public void Sample_covers_every_performance_category_and_course_kind()
    {
        using var doc = JsonDocument.Parse(SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create()));
        var students = doc.RootElement.GetProperty("students").EnumerateArray().ToArray();
        var categories = students.SelectMany(s => s.GetProperty("performances").EnumerateArray()).Select(p => p.GetProperty("category").GetString()).Distinct().Count();
        var kinds = students.SelectMany(s => s.GetProperty("courses").EnumerateArray()).Select(p => p.GetProperty("kind").GetString()).Distinct().Count();
        Assert.Equal(10, categories);
        Assert.Equal(6, kinds);
    }

    [Fact]
    public void Counselling_records_of_the_portfolios_are_not_in_the_export()
    {
        var portfolios = SampleSubmission.Portfolios();
        Assert.NotEmpty(portfolios[0].Counselling);
        var text = Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(SampleSubmission.Create()));
        Assert.DoesNotContain("counsel", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(portfolios[0].Counselling[0].Content, text, StringComparison.Ordinal);
        Assert.DoesNotContain(portfolios[0].Counselling[0].Opinions, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_write_gives_the_same_bytes_as_the_whole_document()
    {
        var document = SampleSubmission.Create();
        using var stream = new MemoryStream();
        SubmissionWriter.Write(stream, document.Header, document.Students.AsEnumerable());
        Assert.Equal(SubmissionWriter.ToUtf8Bytes(document), stream.ToArray());
    }

    [Fact]
    public async Task Async_write_gives_the_same_bytes()
    {
        var document = SampleSubmission.Create();
        using var stream = new MemoryStream();
        await SubmissionWriter.WriteAsync(stream, document, TestContext.Current.CancellationToken);
        Assert.Equal(SubmissionWriter.ToUtf8Bytes(document), stream.ToArray());
    }

    [Fact]
    public void Null_student_is_rejected_with_its_index()
    {
        using var stream = new MemoryStream();
        var ex = Assert.Throws<ArgumentException>(() => SubmissionWriter.Write(stream, SampleSubmission.Header, [StudentSubmission.From(SampleSubmission.Portfolios()[0]), null!]));
        Assert.Contains("Student 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_without_content_kinds_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new SubmissionHeader(SchoolCode.Parse("000000"), Term.Parse("114-1"), ContentKinds.None, Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Throws<ArgumentException>(() => new SubmissionHeader(SchoolCode.Parse("000000"), Term.Parse("114-1"), (ContentKinds)64, Instant.FromUtc(2026, 1, 1, 0, 0)));
    }

    [Fact]
    public void Submission_text_forms_do_not_show_the_national_id()
    {
        var student = StudentSubmission.From(SampleSubmission.Portfolios()[0]);
        Assert.DoesNotContain("A123456789", student.ToString(), StringComparison.Ordinal);
        Assert.Contains("A12****789", student.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", SampleSubmission.Create().ToString(), StringComparison.Ordinal);
        Assert.Equal(SampleSubmission.Portfolios()[0].Outcomes, student.ToPortfolio().Outcomes);
        Assert.Empty(student.ToPortfolio().Counselling);
    }

    [Fact]
    public void No_exported_type_can_reach_a_counselling_record()
    {
        var exported = new[] { typeof(SubmissionDocument), typeof(SubmissionHeader), typeof(StudentSubmission) };
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(exported);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || type.Namespace?.StartsWith("StudentPortfolio", StringComparison.Ordinal) != true || type == typeof(LearningPortfolio))
            {
                continue;
            }

            Assert.NotEqual(typeof(CounsellingRecord), type);
            foreach (var property in type.GetProperties())
            {
                var t = property.PropertyType;
                queue.Enqueue(Nullable.GetUnderlyingType(t) ?? t);
                foreach (var argument in t.IsGenericType ? t.GetGenericArguments() : [])
                {
                    queue.Enqueue(argument);
                }
            }
        }

        Assert.Contains(typeof(CourseLearningOutcome), seen);
        Assert.DoesNotContain(typeof(CounsellingRecord), seen);
        Assert.DoesNotContain(typeof(StudentSubmission).GetProperties(), p => p.Name.Contains("Counsel", StringComparison.Ordinal));
    }
}
