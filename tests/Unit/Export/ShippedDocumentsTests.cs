using StudentPortfolio.Benchmarks;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// The submission documents the repository ships and the benchmark generator writes are documents the strict reader
/// accepts: their problems are policy-rule violations the validators find, not format errors.
/// </summary>
public sealed class ShippedDocumentsTests
{
    [Theory]
    [InlineData("submission-114-1.json", 3)]
    [InlineData("submission-with-violations.json", 50)]
    public void A_shipped_sample_is_accepted_in_full_by_the_strict_reader(string name, int students)
    {
        using var file = File.OpenRead(Path.Combine(RepositoryRoot.Find(), "samples", "data", name));

        var read = SubmissionReader.ReadDocument(file, SubmissionReaderOptions.Default, TestContext.Current.CancellationToken);

        Assert.Empty(read.Errors);
        Assert.Equal(students, read.Document!.Students.Count);
    }

    [Fact]
    public async Task The_violations_sample_breaks_policy_rules_only()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "samples", "data", "submission-with-violations.json");

        var summary = await new BulkValidator(PolicyPresets.National).ValidateFileAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(summary.StudentsWithErrors > 0);
        Assert.All(summary.IssueCountsByCode.Keys, code => Assert.False(code.StartsWith("SP-X", StringComparison.Ordinal) || code.StartsWith("SP-B", StringComparison.Ordinal), code));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public async Task A_generated_document_is_accepted_by_the_strict_reader_and_its_violations_are_policy_rules(double rate)
    {
        using var stream = new MemoryStream();
        var violations = SubmissionGenerator.Write(stream, 300, seed: 17, rate);

        stream.Position = 0;
        var read = SubmissionReader.ReadDocument(stream, SubmissionReaderOptions.Default, TestContext.Current.CancellationToken);
        stream.Position = 0;
        var summary = await new BulkValidator(PolicyPresets.National).ValidateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(read.Errors);
        Assert.Equal(300, read.Document!.Students.Count);
        Assert.Equal(violations, summary.StudentsWithErrors);
        Assert.DoesNotContain(summary.IssueCountsByCode.Keys, code => code.StartsWith("SP-X", StringComparison.Ordinal) || code.StartsWith("SP-B", StringComparison.Ordinal));
    }

    [Fact]
    public void Format_violations_are_written_only_when_asked_for()
    {
        using var stream = new MemoryStream();
        SubmissionGenerator.Write(stream, 300, seed: 17, violationRate: 1.0, formatViolations: true);

        stream.Position = 0;
        var read = SubmissionReader.ReadDocument(stream, SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);

        Assert.Contains(read.Errors, e => e.Code is "SP-X009" or "SP-X008" or "SP-X011");
    }
}
