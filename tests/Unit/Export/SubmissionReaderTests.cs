using System.Text;
using StudentPortfolio.Export;
using StudentPortfolio.Rules;
using static StudentPortfolio.UnitTests.Export.ReaderTestSupport;

namespace StudentPortfolio.UnitTests.Export;

public class SubmissionReaderTests
{
    [Fact]
    public void Golden_sample_reads_back_and_exports_to_the_same_bytes()
    {
        var golden = File.ReadAllBytes(RepositoryFiles.PathOf(SampleSubmission.GoldenPath));
        using var stream = new MemoryStream(golden);
        var result = SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Document!.Students.Count);
        Assert.Equal(golden, SubmissionWriter.ToUtf8Bytes(result.Document));
    }

    [Fact]
    public void Imported_portfolios_equal_the_exported_ones_without_counselling()
    {
        using var stream = new MemoryStream(SampleBytes());
        var document = SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken).Document!;
        var original = SampleSubmission.Portfolios();
        for (var i = 0; i < original.Count; i++)
        {
            var imported = document.Students[i].ToPortfolio();
            Assert.Equal(original[i].Student, imported.Student);
            Assert.Equal(original[i].Cadres, imported.Cadres);
            Assert.Equal(original[i].Courses, imported.Courses);
            Assert.Equal(original[i].Outcomes, imported.Outcomes);
            Assert.Equal(original[i].Performances, imported.Performances);
            Assert.Equal(original[i].Autobiography, imported.Autobiography);
            Assert.Equal(original[i].Enrollment.Events, imported.Enrollment.Events);
            Assert.Empty(imported.Counselling);
        }
    }

    [Fact]
    public void Streaming_yields_one_result_per_student_after_the_header()
    {
        using var stream = new MemoryStream(SampleBytes());
        var reader = SubmissionReader.Open(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("000000", reader.Header!.School.ToString());
        Assert.Equal("114-1", reader.Header.Term.ToString());
        Assert.Equal(ContentKinds.All, reader.Header.ContentKinds);
        var results = reader.ReadStudents(TestContext.Current.CancellationToken).ToList();
        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.All(results, r => Assert.True(r.IsValid));
        Assert.Throws<InvalidOperationException>(() => reader.ReadStudents(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Async_streaming_gives_the_same_students()
    {
        using var stream = new MemoryStream(SampleBytes());
        var reader = await SubmissionReader.OpenAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        var keys = new List<string>();
        await foreach (var r in reader.ReadStudentsAsync(TestContext.Current.CancellationToken))
        {
            keys.Add(r.Student!.Key.ToString());
        }

        Assert.Equal(["A12****789/2008-05-01", "B20****013/2008-11-30", "A80****069/2007-02-14"], keys);
    }

    [Fact]
    public async Task Async_whole_document_read_matches_the_sync_read()
    {
        using var stream = new MemoryStream(SampleBytes());
        var result = await SubmissionReader.ReadDocumentAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(SampleBytes(), SubmissionWriter.ToUtf8Bytes(result.Document!));
    }

    [Fact]
    public void A_document_delivered_one_byte_at_a_time_reads_the_same()
    {
        using var stream = new TrickleStream(SampleBytes(), 1);
        var result = SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsValid);
        Assert.Equal(SampleBytes(), SubmissionWriter.ToUtf8Bytes(result.Document!));
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(SampleBytes()).ToArray();
        using var stream = new MemoryStream(bytes);
        Assert.True(SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken).IsValid);
    }

    [Fact]
    public void Declared_kinds_limit_what_is_read()
    {
        var json = Minimal(
            "{\"nationalId\":\"A123456789\",\"birthDate\":\"2008-05-01\",\"name\":\"王\",\"school\":\"000000\",\"studentNumber\":\"S1\",\"programme\":\"301\",\"grade\":2,\"className\":\"甲\",\"seat\":1,\"outcomes\":[]}",
            "\"courseOutcomes\"");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var result = SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsValid);
        Assert.Equal(ContentKinds.CourseOutcomes, result.Document!.Header.ContentKinds);
    }

    [Fact]
    public void Cancellation_stops_the_read_with_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        using var stream = new MemoryStream(SampleBytes());
        var reader = SubmissionReader.Open(stream, cancellationToken: TestContext.Current.CancellationToken);
        using var e = reader.ReadStudents(cts.Token).GetEnumerator();
        Assert.True(e.MoveNext());
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => e.MoveNext());
    }

    [Fact]
    public void Options_reject_nonsense_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubmissionReaderOptions { MaxStringLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SubmissionReaderOptions { MaxBytesPerStudent = 100 });
    }

    [Fact]
    public void Every_import_rule_is_in_the_catalogue()
    {
        foreach (var rule in ImportRules.All)
        {
            Assert.Same(rule, RuleCatalogue.Get(rule.Code));
            Assert.StartsWith("SP-X", rule.Code, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageTemplateZh));
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageTemplateEn));
        }
    }
}
