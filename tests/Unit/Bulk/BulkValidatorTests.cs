using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Bulk;

public sealed class BulkValidatorTests
{
    private static readonly BulkValidationOptions Small = new() { BufferSize = 64, MaxDegreeOfParallelism = 2, QueueCapacity = 4 };
    private readonly BulkValidator _validator = new();

    [Fact]
    public async Task Summary_counts_students_and_issues_by_code()
    {
        var json = BulkJson.Document(BulkJson.Student(), BulkJson.Student(nationalId: "A123456788"), BulkJson.Student(name: "null"), BulkJson.Student());
        var summary = await _validator.ValidateAsync(BulkJson.Stream(json), Small, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, summary.StudentsRead);
        Assert.Equal(2, summary.StudentsWithErrors);
        Assert.Equal(2, summary.ErrorCount);
        Assert.Equal(new Dictionary<string, long> { ["SP-X004"] = 1, ["SP-X009"] = 1 }, summary.IssueCountsByCode);
        Assert.True(summary.Completed);
        Assert.Null(summary.FatalIssue);
        Assert.Equal(Encoding.UTF8.GetByteCount(json), summary.BytesRead);
        Assert.Equal(114, summary.Header.AcademicYear);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Per_student_results_arrive_in_file_order(int threads)
    {
        var json = BulkJson.ManyStudents(50);
        var seen = new List<long>();
        await _validator.ValidateAsync(BulkJson.Stream(json), Small with { MaxDegreeOfParallelism = threads }, onStudent: (r, _) =>
        {
            seen.Add(r.Index);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task Truncated_file_is_fatal_and_the_students_before_are_validated()
    {
        var json = BulkJson.Document(BulkJson.Student(nationalId: "A123456788"), BulkJson.Student(), BulkJson.Student());
        var bytes = Encoding.UTF8.GetBytes(json);
        var cut = bytes[..(bytes.AsSpan().LastIndexOf("\"nationalId\""u8) + 20)];
        var summary = await _validator.ValidateAsync(BulkJson.Stream(cut), Small, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("SP-B002", summary.FatalIssue?.Code);
        Assert.False(summary.Completed);
        Assert.Equal(3, summary.StudentsRead);
        Assert.Equal(1, summary.IssueCountsByCode["SP-X009"]);
        Assert.False(summary.IsValid);
    }

    [Fact]
    public async Task Malformed_student_is_an_issue_and_the_rest_of_the_file_is_validated()
    {
        var broken = BulkJson.Student().Replace("\"grade\":2", "\"grade\":}", StringComparison.Ordinal);
        var json = BulkJson.Document(BulkJson.Student(), broken, BulkJson.Student(nationalId: "A123456788"));
        var results = new List<StudentValidationResult>();
        var summary = await _validator.ValidateAsync(BulkJson.Stream(json), Small, onStudent: (r, _) =>
        {
            results.Add(r);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);

        // The stray '}' ends the student early: the framer reports what follows it and resumes at the next student.
        Assert.Null(summary.FatalIssue);
        var issue = Assert.Single(results[1].Issues);
        Assert.Equal("SP-X001", issue.Code);
        Assert.Equal("$.students[1]", issue.Path);
        Assert.Equal("SP-X009", Assert.Single(results[^1].Issues).Code);
        Assert.Contains(summary.DocumentIssues, i => i.Code == "SP-X001");
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        var json = BulkJson.ManyStudents(200);
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _validator.ValidateAsync(BulkJson.Stream(json), Small, onStudent: (_, _) =>
        {
            if (++count == 10)
            {
                cts.Cancel();
            }

            return ValueTask.CompletedTask;
        }, cancellationToken: cts.Token));
        Assert.True(count < 200);
    }

    [Fact]
    public async Task Progress_is_reported_with_a_final_report()
    {
        var reports = new List<BulkProgress>();
        var progress = new SynchronousProgress(reports.Add);
        var json = BulkJson.ManyStudents(30);
        await _validator.ValidateAsync(BulkJson.Stream(json), Small with { ProgressInterval = NodaTime.Duration.Zero }, progress, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(reports);
        var last = reports[^1];
        Assert.Equal(30, last.StudentsRead);
        Assert.Equal(30, last.StudentsValidated);
        Assert.Equal(1.0, last.Fraction);
    }

    [Fact]
    public async Task Streaming_form_yields_every_student_and_throws_on_a_fatal_problem()
    {
        var ok = new List<StudentValidationResult>();
        await foreach (var r in _validator.ValidateStudentsAsync(BulkJson.Stream(BulkJson.ManyStudents(7)), Small, cancellationToken: TestContext.Current.CancellationToken))
        {
            ok.Add(r);
        }

        Assert.Equal(7, ok.Count);
        var truncated = Encoding.UTF8.GetBytes(BulkJson.ManyStudents(3))[..^5];
        var ex = await Assert.ThrowsAsync<BulkValidationException>(async () =>
        {
            await foreach (var r in _validator.ValidateStudentsAsync(BulkJson.Stream(truncated), Small, cancellationToken: TestContext.Current.CancellationToken))
            {
                Assert.NotNull(r);
            }
        });
        Assert.Equal("SP-B002", ex.Issue?.Code);
    }

    [Fact]
    public async Task Validating_a_file_by_path_reads_it_to_the_end()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, BulkJson.ManyStudents(5), TestContext.Current.CancellationToken);
            var summary = await _validator.ValidateFileAsync(path, cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(5, summary.StudentsRead);
            Assert.True(summary.Completed);
            Assert.True(summary.IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Out_of_range_options_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _validator.ValidateAsync(new MemoryStream(), new BulkValidationOptions { MaxDegreeOfParallelism = 0 }, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _validator.ValidateAsync(new MemoryStream(), new BulkValidationOptions { BufferSize = 8 }, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Bulk_rules_are_in_the_catalogue()
    {
        Assert.All(BulkRules.All, r => Assert.Same(r, RuleCatalogue.Get(r.Code)));
        Assert.All(BulkRules.All, r => Assert.StartsWith("SP-B", r.Code, StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(Action<BulkProgress> report) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => report(value);
    }
}
