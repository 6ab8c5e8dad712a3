using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Rules;

public class ValidationReportTests
{
    private static ValidationIssue Error(string path) => new(QuotaRules.OutcomeSelectionsPerYear, null, null, path, ["114", "7", "6"]);

    private static ValidationIssue Warning(string path) => new(QuotaRules.OutcomeUploadsBelowMinimum, null, null, path, ["114-1", "1", "3", "baihe"]);

    [Fact]
    public void Errors_and_warnings_views_split_the_issues_in_canonical_order()
    {
        var report = new ValidationReport([Warning("$.b"), Error("$.c"), Warning("$.a"), Error("$.a")]);

        Assert.Equal([Error("$.a"), Error("$.c")], report.Errors);
        Assert.Equal([Warning("$.a"), Warning("$.b")], report.Warnings);
        Assert.Equal(report.ErrorCount, report.Errors.Count);
        Assert.Equal(report.WarningCount, report.Warnings.Count);
        Assert.Empty(ValidationReport.Empty.Errors);
        Assert.Empty(ValidationReport.Empty.Warnings);
    }

    [Fact]
    public void Merging_reports_keeps_every_issue_in_canonical_order()
    {
        var a = new ValidationReport([Error("$.z"), Warning("$.a")]);
        var b = new ValidationReport([Error("$.m")]);

        var merged = ValidationReport.Merge([a, ValidationReport.Empty, b]);

        Assert.Equal(new ValidationReport([Error("$.z"), Warning("$.a"), Error("$.m")]), merged);
        Assert.Equal(merged, a.Merge(b));
        Assert.Equal(2, merged.ErrorCount);
        Assert.Same(ValidationReport.Empty, ValidationReport.Merge([]));
        Assert.Equal(a, a.Merge(ValidationReport.Empty));
    }

    [Fact]
    public void The_same_issue_in_two_reports_is_kept_twice()
    {
        var a = new ValidationReport([Error("$.a")]);

        Assert.Equal(2, a.Merge(a).ErrorCount);
    }

    [Fact]
    public void A_null_report_in_a_merge_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ValidationReport.Merge([ValidationReport.Empty, null!]));
        Assert.Throws<ArgumentNullException>(() => ValidationReport.Empty.Merge(null!));
    }
}
