using System.Globalization;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.UnitTests.Bulk;
using StudentPortfolio.Validation;
using B = StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>
/// One student can carry hundreds of thousands of violations. Both paths keep the first
/// <see cref="PortfolioValidationOptions.MaxIssuesPerStudent"/> issues and count the rest by rule code, so memory stays
/// flat and counts stay exact; the bulk path also caps the issues handed over per run.
/// </summary>
public sealed class IssueCapTests
{
    private const int Selections = 40_000;
    private static readonly string Hash = new('a', 64);

    private static LearningPortfolio SameWorkSelected(int n)
    {
        var first = B.Outcome("O0", selected: true);
        var outcomes = new List<CourseLearningOutcome>(n) { first };
        var certification = first.Certification;
        for (var i = 1; i < n; i++)
        {
            outcomes.Add(new CourseLearningOutcome(RecordId.Parse("O" + i.ToString(CultureInfo.InvariantCulture)), first.Term, first.CourseCode, first.Title, first.Description, first.Files, isSelected: true).WithCertification(certification!));
        }

        return B.PortfolioOf(outcomes);
    }

    private static string SameHashSelectedJson(int n)
    {
        var outcomes = new StringBuilder("[");
        for (var i = 0; i < n; i++)
        {
            outcomes.Append(i == 0 ? string.Empty : ",").Append(EchoedValueMaskingTests.HashedOutcome("O" + i.ToString(CultureInfo.InvariantCulture), Hash));
        }

        return BulkJson.Document(BulkJson.Student(outcomes: outcomes.Append(']').ToString()));
    }

    private static async Task<(BulkValidationSummary Summary, List<StudentValidationResult> Results)> BulkAsync(string json, BulkValidationOptions options)
    {
        var results = new List<StudentValidationResult>();
        var summary = await new BulkValidator(PolicyPresets.National).ValidateAsync(BulkJson.Stream(json), options, onStudent: (r, _) =>
        {
            results.Add(r);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);
        return (summary, results);
    }

    [Fact]
    public void Forty_thousand_selections_of_one_work_are_all_counted_and_the_first_thousand_kept_in_the_object_path()
    {
        // SP-S002 used to compare every selected outcome with every other (40 000 selections: 10 s).
        var report = new PortfolioValidator(PolicyPresets.National).Validate(SameWorkSelected(Selections));

        var kept = report.Issues.Count(i => i.Code == "SP-S002");
        Assert.Equal(PortfolioValidationOptions.DefaultMaxIssuesPerStudent, report.Issues.Count);
        Assert.Equal(Selections, kept + report.DroppedIssueCountsByCode.GetValueOrDefault("SP-S002"));
        Assert.Equal(report.Issues.Count + report.DroppedIssueCount, report.ErrorCount + report.WarningCount);
        Assert.All(report.Issues.Where(i => i.Code == "SP-S002"), i => Assert.Equal((Selections - 1).ToString(CultureInfo.InvariantCulture), i.Arguments[1]));
        Assert.False(report.IsValid);
    }

    [Fact]
    public async Task Forty_thousand_selections_of_one_work_are_all_counted_and_the_first_thousand_kept_in_the_bulk_path()
    {
        var (summary, results) = await BulkAsync(SameHashSelectedJson(Selections), new BulkValidationOptions { MaxDegreeOfParallelism = 1, MaxStudentBytes = 32 << 20 });

        var student = Assert.Single(results);
        Assert.Equal(PortfolioValidationOptions.DefaultMaxIssuesPerStudent, student.Issues.Count);
        Assert.Equal(Selections, summary.IssueCountsByCode["SP-S002"]);
        Assert.Equal(student.Issues.Count + student.DroppedIssueCount, student.ErrorCount + student.WarningCount);
        Assert.Equal(student.DroppedIssueCount, summary.DroppedIssueCount);
        Assert.Equal(summary.ErrorCount + summary.WarningCount, student.ErrorCount + student.WarningCount);
        Assert.Equal(1, summary.StudentsWithErrors);
    }

    [Fact]
    public async Task Both_paths_keep_the_same_issues_and_count_the_same_drops_under_a_small_cap()
    {
        var options = new PortfolioValidationOptions { MaxIssuesPerStudent = 5 };
        var report = new PortfolioValidator(PolicyPresets.National).Validate(SameWorkSelected(12), options with { PathPrefix = "$.students[0]" });
        var (summary, results) = await BulkAsync(SameHashSelectedJson(12), new BulkValidationOptions { MaxDegreeOfParallelism = 1, Validation = options });

        var student = Assert.Single(results);
        Assert.Equal(5, report.Issues.Count);
        Assert.Equal(report.Issues.Select(i => (i.Code, i.Path)).Order(), student.Issues.Select(i => (i.Code, i.Path)).Order());
        Assert.Equal(report.DroppedIssueCountsByCode, student.DroppedIssueCountsByCode);
        Assert.Equal((report.ErrorCount, report.WarningCount), (student.ErrorCount, student.WarningCount));
        Assert.Equal(report.ErrorCount, summary.ErrorCount);
        Assert.Contains("not kept", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_errors_past_the_cap_are_counted_by_code_without_being_kept()
    {
        var cadres = "[" + string.Join(',', Enumerable.Range(0, 20).Select(i => "{\"id\":\"C" + i.ToString(CultureInfo.InvariantCulture) + "\",\"term\":\"114-3\",\"level\":\"class\",\"unit\":\"商二甲\",\"title\":\"班長\"}")) + "]";
        var options = new PortfolioValidationOptions { MaxIssuesPerStudent = 5 };
        var (summary, results) = await BulkAsync(BulkJson.Document(BulkJson.Student(cadres: cadres)), new BulkValidationOptions { MaxDegreeOfParallelism = 1, Validation = options });

        var student = Assert.Single(results);
        Assert.Equal(5, student.Issues.Count);
        Assert.All(student.Issues, i => Assert.Equal("SP-X008", i.Code));
        Assert.Equal(15, student.DroppedIssueCountsByCode["SP-X008"]);
        Assert.Equal(20, summary.IssueCountsByCode["SP-X008"]);
    }

    [Fact]
    public void A_cap_of_one_keeps_one_issue_and_still_reports_every_error()
    {
        var report = new PortfolioValidator(PolicyPresets.National).Validate(SameWorkSelected(2), new PortfolioValidationOptions { MaxIssuesPerStudent = 1 });

        Assert.Single(report.Issues);
        Assert.Equal(2, report.ErrorCount);
        Assert.Equal(1, report.DroppedIssueCount);
        Assert.Equal(new Dictionary<string, int> { ["SP-S002"] = 1 }, report.DroppedIssueCountsByCode);
        Assert.Equal(report.DroppedIssueCountsByCode, ValidationReport.Merge([report, ValidationReport.Empty]).DroppedIssueCountsByCode);
    }

    [Fact]
    public void A_cap_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PortfolioValidationOptions { MaxIssuesPerStudent = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkValidator().ValidateAsync(BulkJson.Stream("{}"), new BulkValidationOptions { MaxIssuesPerRun = -1 }, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_run_cap_hands_over_the_first_issues_in_file_order_and_counts_the_rest(int threads)
    {
        // Three students with two SP-S002 errors each; the run keeps three issues.
        var student = BulkJson.Student(outcomes: "[" + EchoedValueMaskingTests.HashedOutcome("O1", Hash) + "," + EchoedValueMaskingTests.HashedOutcome("O2", Hash) + "]");
        var json = BulkJson.Document(student, student, student);

        var (summary, results) = await BulkAsync(json, new BulkValidationOptions { MaxDegreeOfParallelism = threads, MaxIssuesPerRun = 3 });

        Assert.Equal([2, 1, 0], results.Select(r => r.Issues.Count));
        Assert.Equal([0, 1, 2], results.Select(r => r.DroppedIssueCount));
        Assert.All(results, r => Assert.Equal(2, r.ErrorCount));
        Assert.Equal(6, summary.ErrorCount);
        Assert.Equal(6, summary.IssueCountsByCode["SP-S002"]);
        Assert.Equal(3, summary.DroppedIssueCount);
        Assert.Equal(3, summary.StudentsWithErrors);
    }
}
