using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Policies;

/// <summary>A school's policy versions: each record judged by the version in force for its term (SP-D004 before the first).</summary>
public class PolicyHistoryTests
{
    // An earlier 松山 version (111) with a cap of 4 outcome uploads per semester, then the 112-08-23 preset (6).
    private static readonly PortfolioPolicy Songshan111 = PolicyPresets.Songshan with { Version = "111-08-01", EffectiveFrom = new LocalDate(2022, 8, 1), OutcomeUploads = new UploadLimit(null, 4, QuotaPeriod.Semester) };
    private static readonly PolicyHistory Songshan = new([PolicyPresets.Songshan, Songshan111]);

    private static string[] Codes(ValidationReport report) => report.Issues.Select(i => i.Code).ToArray();

    [Fact]
    public void Versions_are_ordered_by_effective_date_and_a_term_is_judged_by_the_version_in_force_on_its_last_day()
    {
        Assert.Equal([Songshan111, PolicyPresets.Songshan], Songshan.Versions);
        Assert.Same(Songshan111, Songshan.First);
        Assert.Same(PolicyPresets.Songshan, Songshan.Latest);
        Assert.Same(Songshan111, Songshan.On(new LocalDate(2023, 8, 22)));
        Assert.Same(PolicyPresets.Songshan, Songshan.On(new LocalDate(2023, 8, 23)));
        Assert.Same(Songshan111, Songshan.On(new LocalDate(2020, 1, 1)));
        Assert.Same(Songshan111, Songshan.For(Term.Parse("111-2")));        // ends 2023-07-31
        Assert.Same(PolicyPresets.Songshan, Songshan.For(Term.Parse("112-1"))); // ends 2024-01-31, revised 2023-08-23
        Assert.True(Songshan.IsBeforeFirst(new LocalDate(2022, 7, 31)));
        Assert.False(Songshan.IsBeforeFirst(new LocalDate(2022, 8, 1)));
    }

    [Fact]
    public void A_history_needs_a_version_and_distinct_effective_dates()
    {
        Assert.Throws<ArgumentException>(() => new PolicyHistory([]));
        Assert.Throws<ArgumentException>(() => new PolicyHistory([PolicyPresets.Songshan, PolicyPresets.Songshan with { Id = "other" }]));
        Assert.Throws<ArgumentNullException>(() => new PolicyHistory([PolicyPresets.Songshan, null!]));
    }

    [Fact]
    public void Uploads_of_a_term_are_capped_by_the_version_in_force_for_that_term()
    {
        var validator = PortfolioValidator.FromHistory(Songshan);
        var issue = Assert.Single(validator.Validate(PortfolioOf(Outcomes(5, Term.Parse("111-2"), selected: false))).Issues);
        Assert.Equal(RuleCodes.Quota.OutcomeUploadsAboveMaximum, issue.Code);
        Assert.Equal(["111-2", "5", "4", "songshan"], issue.Arguments);
        Assert.Empty(validator.Validate(PortfolioOf(Outcomes(4, Term.Parse("111-2"), selected: false))).Issues);
        Assert.Empty(validator.Validate(PortfolioOf(Outcomes(6, Term.Parse("112-1"), selected: false))).Issues);
        Assert.Equal([RuleCodes.Quota.OutcomeUploadsAboveMaximum], Codes(validator.Validate(PortfolioOf(Outcomes(7, Term.Parse("112-1"), selected: false)))));
    }

    [Fact]
    public void A_record_dated_before_the_first_version_is_reported_and_judged_by_the_first()
    {
        var validator = PortfolioValidator.FromHistory(Songshan);
        var report = validator.Validate(PortfolioOf(Outcomes(5, Term.Parse("110-2"), selected: false)));
        Assert.Equal(5, report.Issues.Count(i => i.Code == RuleCodes.Integrity.RecordBeforePolicy));
        var before = report.Issues.First(i => i.Code == RuleCodes.Integrity.RecordBeforePolicy);
        Assert.Equal(Severity.Warning, before.Severity);
        Assert.Equal("$.outcomes[0].term", before.Path);
        Assert.Equal(["O110-2-1", "110-2", "songshan", "2022-08-01"], before.Arguments);
        Assert.Contains(report.Issues, i => i.Code == RuleCodes.Quota.OutcomeUploadsAboveMaximum && i.Arguments[2] == "4");

        Assert.DoesNotContain(RuleCodes.Integrity.RecordBeforePolicy, Codes(validator.Validate(PortfolioOf(Outcomes(1, Term.Parse("111-1"), selected: false)))));
    }

    [Fact]
    public void A_single_policy_reports_records_from_before_its_effective_date()
    {
        // The songshan preset is the 112-08-23 revision: 111-2 ended before it, 112-1 did not.
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        var issue = Assert.Single(validator.Validate(PortfolioOf(performances: [Performance("P1", Term.Parse("111-2"))])).Issues);
        Assert.Equal("SP-D004", issue.Code);
        Assert.Equal("$.performances[0].term", issue.Path);
        Assert.Empty(validator.Validate(PortfolioOf(performances: [Performance("P1", Term.Parse("112-1"))])).Issues);
    }

    [Fact]
    public void The_bulk_validator_accepts_the_same_history()
    {
        var bulk = BulkValidator.FromHistory(Songshan);
        Assert.Same(Songshan, bulk.PolicyHistory);
        Assert.Same(PolicyPresets.Songshan, bulk.Policy);
        Assert.Same(PolicyPresets.Songshan, new BulkValidator(PolicyPresets.Songshan).PolicyHistory!.Latest);
        Assert.Same(Songshan, PortfolioValidator.FromHistory(Songshan).PolicyHistory);
    }
}
