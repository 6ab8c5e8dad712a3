using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>
/// Each enrollment switch changes the selection caps (SP-Q001) the same way on the object path
/// (<see cref="PortfolioValidator"/>) and the bulk path (<see cref="BulkValidator"/>): both count in the buckets of
/// <see cref="StudentPortfolio.Enrollment.QuotaCounter"/>.
/// </summary>
public class EnrollmentSwitchQuotaTests
{
    private static readonly CourseOrigin FromOld = new(OldSchool, T("113-1"), Code(OldSchool));

    /// <summary>Four selected in 113-1, a repeat of year 113 from 2025-08-01, four more selected in 114-1.</summary>
    private static LearningPortfolio RepeatedYear()
    {
        var history = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.RepeatYear, OldSchool)]);
        var outcomes = Enumerable.Range(1, 4).Select(i => Outcome("A" + i, "113-1", OldSchool, selected: true))
            .Concat(Enumerable.Range(1, 4).Select(i => Outcome("R" + i, "114-1", OldSchool, selected: true, kind: CourseRecordKind.RepeatYear)))
            .ToList();
        return new LearningPortfolio(Student(OldSchool), outcomes: outcomes, enrollment: history);
    }

    /// <summary>A transfer in on 2025-03-01 (113-2): five selected at the old school, two here.</summary>
    private static LearningPortfolio MidYearTransfer()
    {
        var outcomes = Enumerable.Range(1, 5).Select(i => Outcome("041305:O" + i, "113-2", NewSchool, selected: true, kind: CourseRecordKind.Transfer, origin: FromOld))
            .Concat(Enumerable.Range(1, 2).Select(i => Outcome("N" + i, "113-2", NewSchool, selected: true)))
            .ToList();
        return new LearningPortfolio(Student(NewSchool), outcomes: outcomes, enrollment: TransferHistory());
    }

    [Fact]
    public void A_repeated_year_has_its_own_selection_cap_by_default_in_both_paths()
    {
        var policy = PolicyPresets.National;
        Assert.Empty(Quota(ObjectPath(RepeatedYear(), policy)));
        Assert.Empty(Quota(BulkPath(RepeatedYear(), policy)));
    }

    [Fact]
    public void A_repeated_year_shares_the_cap_of_the_year_it_repeats_when_fresh_quota_is_off_in_both_paths()
    {
        var policy = PolicyPresets.National with { Enrollment = new EnrollmentPolicy(RepeatedYearHasFreshQuota: false) };
        Assert.Equal(["113 8 6"], Quota(ObjectPath(RepeatedYear(), policy)));
        Assert.Equal(["113 8 6"], Quota(BulkPath(RepeatedYear(), policy)));
    }

    [Fact]
    public void A_mid_year_transfer_counts_both_schools_together_by_default_in_both_paths()
    {
        var policy = PolicyPresets.National;
        Assert.Equal(["113 7 6"], Quota(ObjectPath(MidYearTransfer(), policy)));
        Assert.Equal(["113 7 6"], Quota(BulkPath(MidYearTransfer(), policy)));
    }

    [Fact]
    public void A_mid_year_transfer_counts_each_school_apart_when_the_switch_is_off_in_both_paths()
    {
        var policy = PolicyPresets.National with { Enrollment = new EnrollmentPolicy(CountTransferYearAcrossSchools: false) };
        Assert.Empty(Quota(ObjectPath(MidYearTransfer(), policy)));
        Assert.Empty(Quota(BulkPath(MidYearTransfer(), policy)));
    }

    [Fact]
    public void Counting_apart_still_catches_one_school_over_the_cap()
    {
        var policy = PolicyPresets.National with { Enrollment = new EnrollmentPolicy(CountTransferYearAcrossSchools: false), OutcomeSelectionsPerYear = 4 };
        Assert.Equal(["113 5 4"], Quota(ObjectPath(MidYearTransfer(), policy)));
        Assert.Equal(["113 5 4"], Quota(BulkPath(MidYearTransfer(), policy)));
    }

    private static IEnumerable<string> Quota(IEnumerable<ValidationIssue> issues) =>
        issues.Where(i => i.Code == QuotaRules.OutcomeSelectionsPerYear.Code).Select(i => string.Join(' ', i.Arguments));

    private static IReadOnlyList<ValidationIssue> ObjectPath(LearningPortfolio portfolio, PortfolioPolicy policy) =>
        new PortfolioValidator(policy).Validate(portfolio).Issues;

    private static List<ValidationIssue> BulkPath(LearningPortfolio portfolio, PortfolioPolicy policy)
    {
        var header = new SubmissionHeader(portfolio.Student.School, Term.Parse("113-2"), ContentKinds.All, Instant.FromUtc(2025, 7, 1, 0, 0));
        var json = SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, [portfolio]));
        var issues = new List<ValidationIssue>();
        var summary = new BulkValidator(policy).ValidateAsync(new MemoryStream(json), onStudent: (r, _) =>
        {
            issues.AddRange(r.Issues);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.Null(summary.FatalIssue);
        return issues;
    }
}
