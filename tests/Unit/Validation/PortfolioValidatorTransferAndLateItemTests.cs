using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>
/// Upload caps after a mid-semester transfer (松山商家學生學習歷程檔案作業補充規定 五(三)1 「至多6件」 counts the uploads made on
/// the receiving school's platform) and late multi-performance items selected in the following year's submission.
/// </summary>
public class PortfolioValidatorTransferAndLateItemTests
{
    private static readonly SchoolCode Old = SchoolCode.Parse("041305");
    private static readonly SchoolCode Songshan = SchoolCode.Parse("191305");

    private static string[] Codes(ValidationReport report) => report.Issues.Select(i => i.Code).ToArray();

    private static EnrollmentHistory MovedInOctober() => new(
    [
        new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, Old, null, "301"),
        new EnrollmentEvent(new LocalDate(2025, 10, 15), EnrollmentEventKind.TransferOut, Old, Songshan),
        new EnrollmentEvent(new LocalDate(2025, 10, 15), EnrollmentEventKind.TransferIn, Songshan, Old, "301"),
    ]);

    private static StudentBasicData AtSongshan() =>
        new(NationalId.Parse(NationalIdText), new LocalDate(2008, 5, 1), "王小明", Songshan, "S1", "301", 2, "商二甲", 12);

    // Outcomes of the old school in transfer form (as ExchangePackage writes them): origin = old school, id prefixed.
    private static IEnumerable<CourseLearningOutcome> BroughtIn(int count, bool selected = false) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var o = new CourseLearningOutcome(RecordId.Parse($"041305:O{i}"), T1141, Course, "報告 " + i, "原校成果", isSelected: selected, kind: CourseRecordKind.Transfer, origin: new CourseOrigin(Old, T1141, Course));
            return o.WithCertification(Certification.Certify("T001", CertifiedAt, o.ContentHash));
        });

    private static LearningPortfolio Portfolio(IEnumerable<CourseLearningOutcome> outcomes, IEnumerable<MultiPerformanceItem>? performances = null) =>
        new(AtSongshan(), outcomes: outcomes, performances: performances, enrollment: MovedInOctober());

    [Fact]
    public void Outcomes_brought_in_from_the_old_school_do_not_count_toward_the_receiving_schools_semester_upload_cap()
    {
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        Assert.Empty(validator.Validate(Portfolio(Outcomes(6, selected: false).Concat(BroughtIn(4)))).Issues);
        var issue = Assert.Single(validator.Validate(Portfolio(Outcomes(7, selected: false).Concat(BroughtIn(4)))).Issues);
        Assert.Equal(RuleCodes.Quota.OutcomeUploadsAboveMaximum, issue.Code);
        Assert.Equal(["114-1", "7", "6", "songshan"], issue.Arguments);
    }

    [Fact]
    public void Outcomes_brought_in_still_count_toward_the_yearly_selection_cap()
    {
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        Assert.Empty(validator.Validate(Portfolio(Outcomes(3).Concat(BroughtIn(3, selected: true)))).Issues);
        var issue = Assert.Single(validator.Validate(Portfolio(Outcomes(3).Concat(BroughtIn(4, selected: true)))).Issues);
        Assert.Equal(RuleCodes.Quota.OutcomeSelectionsPerYear, issue.Code);
        Assert.Equal(["114", "7", "6"], issue.Arguments);
    }

    [Fact]
    public void The_other_reading_counts_items_brought_in_toward_the_upload_cap_too()
    {
        var policy = PolicyPresets.Songshan with { Enrollment = PolicyPresets.Songshan.Enrollment with { TransferredItemsCountTowardUploadCaps = true } };
        var validator = new PortfolioValidator(policy);
        Assert.Empty(validator.Validate(Portfolio(Outcomes(2, selected: false).Concat(BroughtIn(4)))).Issues);
        var issue = Assert.Single(validator.Validate(Portfolio(Outcomes(3, selected: false).Concat(BroughtIn(4)))).Issues);
        Assert.Equal(["114-1", "7", "6", "songshan"], issue.Arguments);

        var json = """{ "id": "x", "name": "x", "version": "1", "effectiveFrom": "2023-08-23", "basedOn": "songshan", "enrollment": { "transferredItemsCountTowardUploadCaps": true } }""";
        Assert.True(PortfolioPolicy.Parse(json).Enrollment.TransferredItemsCountTowardUploadCaps);
        Assert.False(PolicyPresets.Songshan.Enrollment.TransferredItemsCountTowardUploadCaps);
    }

    [Fact]
    public void Performances_with_another_schools_exchange_id_do_not_count_toward_the_yearly_upload_cap()
    {
        // 松山 五(四)1: at most 10 multi-performance uploads per academic year.
        var own = Performances(10, selected: false).ToList();
        var brought = Enumerable.Range(1, 3).Select(i => Performance($"041305:P{i}")).ToList();
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        Assert.Empty(validator.Validate(Portfolio([], own.Concat(brought))).Issues);
        var ownId = Performance("191305:P99"); // the school's own prefix is its own upload
        Assert.Equal([RuleCodes.Quota.PerformanceUploadsAboveMaximum], Codes(validator.Validate(Portfolio([], own.Concat(brought).Append(ownId)))));
    }

    // ---- Late multi-performance items (e.g. a competition decided in late July)

    private static MultiPerformanceItem Competition(string id, LocalDate result, bool selected = true) =>
        new(RecordId.Parse(id), Term.Parse("113-2"), new CompetitionDetails("全國技能競賽", "商業類", "N", "金牌", result, false), "競賽說明", isSelected: selected);

    private static readonly PortfolioValidationOptions Submission114 = new() { SubmissionYear = AcademicYear.FromRocYear(114) };

    [Fact]
    public void A_late_july_item_selected_in_the_following_year_is_reported_by_default_with_the_same_code()
    {
        Assert.Equal(0, PolicyPresets.National.LatePerformanceWeeks);
        var report = new PortfolioValidator(PolicyPresets.National).Validate(PortfolioOf(performances: [Competition("P1", new LocalDate(2025, 7, 25))]), Submission114);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(RuleCodes.Selection.SelectionFromAnotherYear, issue.Code);
        Assert.Equal(["P1", "113", "114"], issue.Arguments);
    }

    [Fact]
    public void With_the_late_item_switch_an_item_in_the_last_weeks_may_be_selected_in_the_following_year()
    {
        var validator = new PortfolioValidator(PolicyPresets.National with { LatePerformanceWeeks = 2 });

        // 113 ends on 2025-07-31: its last two weeks are 2025-07-18 to 2025-07-31.
        Assert.Empty(validator.Validate(PortfolioOf(performances: [Competition("P1", new LocalDate(2025, 7, 18))]), Submission114).Issues);
        Assert.Empty(validator.Validate(PortfolioOf(performances: [Competition("P1", new LocalDate(2025, 7, 31))]), Submission114).Issues);
        Assert.Equal([RuleCodes.Selection.SelectionFromAnotherYear], Codes(validator.Validate(PortfolioOf(performances: [Competition("P1", new LocalDate(2025, 7, 17))]), Submission114)));

        // Only into the following year's submission.
        var two = validator.Validate(PortfolioOf(performances: [Competition("P1", new LocalDate(2025, 7, 25))]), new PortfolioValidationOptions { SubmissionYear = AcademicYear.FromRocYear(115) });
        Assert.Equal([RuleCodes.Selection.SelectionFromAnotherYear], Codes(two));
    }

    [Fact]
    public void A_late_item_selected_in_the_following_year_counts_toward_that_years_selection_cap()
    {
        var validator = new PortfolioValidator(PolicyPresets.National with { LatePerformanceWeeks = 2 });
        var performances = Performances(10, Term.Parse("114-1")).Append(Competition("LATE", new LocalDate(2025, 7, 25)));
        var issue = Assert.Single(validator.Validate(PortfolioOf(performances: performances), Submission114).Issues);
        Assert.Equal(RuleCodes.Quota.PerformanceSelectionsPerYear, issue.Code);
        Assert.Equal(["114", "11", "10"], issue.Arguments);

        // Without a submission year it stays in its own year.
        Assert.Empty(validator.Validate(PortfolioOf(performances: performances)).Issues);
    }

    [Fact]
    public void The_late_item_weeks_are_read_from_the_performances_section_only()
    {
        var json = """{ "id": "x", "name": "x", "version": "1", "effectiveFrom": "2020-08-01", "basedOn": "national", "performances": { "lateItemWeeks": 3 } }""";
        Assert.Equal(3, PortfolioPolicy.Parse(json).LatePerformanceWeeks);
        Assert.Equal("$.outcomes.lateItemWeeks", Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json.Replace("performances", "outcomes", StringComparison.Ordinal))).Path);
        Assert.Equal("$.performances.lateItemWeeks", Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json.Replace(": 3", ": 53", StringComparison.Ordinal))).Path);
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyPresets.National with { LatePerformanceWeeks = -1 });
    }
}
