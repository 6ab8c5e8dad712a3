using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Samples.Validator;
using StudentPortfolio.UnitTests.Bulk;

namespace StudentPortfolio.UnitTests.Samples;

/// <summary>
/// The sample validator's HTML report places students by grade and class without reading the input again: it looks
/// each student with issues up from where the bulk run said it starts, reading forward only until the class is found.
/// </summary>
public sealed class HtmlReportTests
{
    [Fact]
    public async Task The_report_places_students_by_class_reading_only_their_first_bytes()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "samples", "data", "submission-114-1.json");
        var counting = new CountingStream(File.OpenRead(path));
        using var classes = new StudentClassLocator(counting);
        var report = new HtmlReport(new ValidateSettings(path, "songshan", "html", false, 1, 5, false), PolicyPresets.Songshan, classes);

        var summary = await new BulkValidator(PolicyPresets.Songshan).ValidateFileAsync(path, onStudent: report.OnStudentAsync, cancellationToken: TestContext.Current.CancellationToken);
        using var page = new MemoryStream();
        await report.WriteAsync(summary, page, TestContext.Current.CancellationToken);
        var html = Encoding.UTF8.GetString(page.ToArray());

        Assert.Equal(1, summary.StudentsWithErrors);
        Assert.Contains("年級 商三丙 班: 1 位學生 students", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(未知 unknown)", html, StringComparison.Ordinal);
        Assert.True(counting.BytesRead < new FileInfo(path).Length / 2, $"{counting.BytesRead} bytes read");
    }

    [Fact]
    public void A_class_is_found_from_the_student_start_without_reading_the_rest_of_a_large_student()
    {
        var outcomes = "[" + string.Join(',', Enumerable.Range(0, 5000).Select(i => BulkJson.Outcome(id: "O" + i))) + "]";
        var student = WithoutClass(BulkJson.Student(outcomes: outcomes)).Replace("\"grade\":2,", "\"grade\":2,\"className\":\"商二甲\",", StringComparison.Ordinal);
        var json = BulkJson.Document(student);
        using var locator = new StudentClassLocator(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var found = locator.Find(json.IndexOf("{\"nationalId\"", StringComparison.Ordinal));

        Assert.Equal("2 年級 商二甲 班", found);
        Assert.True(json.Length > 1_000_000);
        Assert.True(locator.BytesRead <= 16 * 1024, $"{locator.BytesRead} bytes read");
    }

    [Fact]
    public void A_class_after_large_arrays_is_found_with_a_bounded_buffer_and_a_non_object_is_unknown()
    {
        var outcomes = "[" + string.Join(',', Enumerable.Range(0, 2000).Select(i => BulkJson.Outcome(id: "O" + i))) + "]";
        var student = WithoutClass(BulkJson.Student(outcomes: outcomes))[..^1] + ",\"className\":\"資二乙\"}";
        var json = BulkJson.Document(student, "42");
        using var locator = new StudentClassLocator(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("2 年級 資二乙 班", locator.Find(json.IndexOf("{\"nationalId\"", StringComparison.Ordinal)));
        Assert.Null(locator.Find(json.LastIndexOf("42", StringComparison.Ordinal)));
        Assert.Null(locator.Find(json.Length + 10));
    }

    // The test students' own className member, if they carry one, so each test places the class where it needs it.
    private static string WithoutClass(string student) =>
        System.Text.RegularExpressions.Regex.Replace(student, "\"className\":\"[^\"]*\",?", string.Empty);

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
