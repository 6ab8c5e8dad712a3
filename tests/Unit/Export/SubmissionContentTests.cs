using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.UnitTests.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Export;

public class SubmissionContentTests
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");
    private static readonly SubmissionExporter Exporter = new(new FakeClock(Instant.FromUtc(2026, 2, 10, 2, 0)));

    // 作業要點: 經認證之課程學習成果始得提交. 114-1: 2 selected certified, 3 unselected, 1 selected but uncertified.
    private static LearningPortfolio Example() => Build.PortfolioOf([
        Build.Outcome("O1", selected: true),
        Build.Outcome("O2"),
        Build.Outcome("O3", selected: true),
        Build.Outcome("O4"),
        Build.Outcome("O5", selected: true, certified: false),
        Build.Outcome("O6"),
    ]);

    private static (SubmissionDocument Document, SubmissionExportResult Result) Export(LearningPortfolio portfolio, Term term, PortfolioPolicy? policy = null, bool raw = false)
    {
        using var stream = new MemoryStream();
        var result = Exporter.ExportSubmission(stream, School, term, ContentKinds.CourseOutcomes | ContentKinds.MultiPerformance, [portfolio], policy, raw);
        stream.Position = 0;
        return (SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken).Document!, result);
    }

    [Fact]
    public void Export_of_114_1_carries_the_two_selected_certified_outcomes_and_the_batch_agrees()
    {
        var (document, result) = Export(Example(), Build.T1141);
        Assert.Equal(["O1", "O3"], document.Students[0].Outcomes.Select(o => o.Id.ToString()));
        var fromFile = SubmissionBatch.FromDocument(document, SubmissionContentKind.CourseOutcomes);
        var fromPortfolios = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.CourseOutcomes, [Example()]);
        Assert.Equal(["O1", "O3"], fromFile.Batch.Entries.Select(e => e.Record.ToString()));
        Assert.Equal(fromFile.Batch, fromPortfolios.Batch);
        Assert.Equal(
            ["O2 SP-S005 notSelected", "O4 SP-S005 notSelected", "O5 SP-F013", "O6 SP-S005 notSelected"],
            result.LeftOut.Issues.Select(i => $"{i.RecordId} {i.Code}{(i.Code == "SP-S005" ? " " + i.Arguments[3] : "")}").Order(StringComparer.Ordinal));
        Assert.Equal(result.LeftOut.Issues, fromPortfolios.Excluded.Issues);
        Assert.Equal(0, result.LeftOut.ErrorCount);
    }

    [Fact]
    public void A_late_july_competition_goes_into_the_following_years_first_submission_only_with_the_late_item_switch()
    {
        var late = new MultiPerformanceItem(RecordId.Parse("LATE"), Term.Parse("113-2"), new CompetitionDetails("全國技能競賽", null, null, null, new LocalDate(2025, 7, 25), null), "競賽說明", isSelected: true);
        var early = new MultiPerformanceItem(RecordId.Parse("EARLY"), Term.Parse("113-2"), new CompetitionDetails("校內競賽", null, null, null, new LocalDate(2025, 7, 10), null), "競賽說明", isSelected: true);
        var portfolio = Build.PortfolioOf(performances: [late, early]);
        var on = PolicyPresets.National with { LatePerformanceWeeks = 2 };

        Assert.Empty(Export(portfolio, Build.T1141).Document.Students[0].Performances);
        Assert.Equal(["LATE"], Export(portfolio, Build.T1141, on).Document.Students[0].Performances.Select(p => p.Id.ToString()));
        Assert.Empty(Export(portfolio, Build.T1142, on).Document.Students[0].Performances);
        Assert.Equal(["EARLY", "LATE"], Export(portfolio, Term.Parse("113-2"), on).Document.Students[0].Performances.Select(p => p.Id.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Raw_export_writes_all_six_outcomes_on_purpose_and_reports_nothing()
    {
        var (document, result) = Export(Example(), Build.T1141, raw: true);
        Assert.Equal(6, document.Students[0].Outcomes.Count);
        Assert.Empty(result.LeftOut.Issues);
    }

    [Fact]
    public void Sixth_outcome_of_the_year_is_submitted_and_the_seventh_is_left_out_over_the_cap()
    {
        // National cap: 6 course learning outcomes per academic year; 114-1 submitted 4 already.
        var portfolio = Build.PortfolioOf([.. Build.Outcomes(4, Build.T1141), .. Build.Outcomes(3, Build.T1142)]);
        var atCap = SubmissionContent.Select(Build.PortfolioOf([.. Build.Outcomes(4, Build.T1141), .. Build.Outcomes(2, Build.T1142)]), School, Build.T1142, PolicyPresets.National);
        Assert.Equal(2, atCap.Submission.Outcomes.Count);
        Assert.Empty(atCap.LeftOut.Issues);
        var over = SubmissionContent.Select(portfolio, School, Build.T1142, PolicyPresets.National);
        Assert.Equal(2, over.Submission.Outcomes.Count);
        var issue = Assert.Single(over.LeftOut.Issues);
        Assert.Equal(["O114-2-3", "041305", "114-2", SubmissionContent.OverYearCap], issue.Arguments);
        Assert.Equal(3, SubmissionContent.Select(portfolio, School, Build.T1142).Submission.Outcomes.Count);
    }

    [Fact]
    public void Items_of_a_term_at_another_school_are_left_out_as_not_responsible()
    {
        // 學籍異動之學生學習歷程檔案處理原則: the school of record in the item's term submits it.
        var other = SchoolCode.Parse("011301");
        var history = new EnrollmentHistory([new EnrollmentEvent(new LocalDate(2025, 8, 1), EnrollmentEventKind.Admit, other)]);
        var portfolio = new LearningPortfolio(Build.Student(), outcomes: [Build.Outcome("O1", selected: true)], performances: [Build.Performance("P1", selected: true)], enrollment: history);
        var selection = SubmissionContent.Select(portfolio, School, Build.T1141);
        Assert.Empty(selection.Submission.Outcomes);
        Assert.Empty(selection.Submission.Performances);
        Assert.All(selection.LeftOut.Issues, i => Assert.Equal(SubmissionContent.NotResponsible, i.Arguments[3]));
        Assert.Equal(2, selection.LeftOut.Issues.Count);
        Assert.Single(SubmissionContent.Select(portfolio, other, Build.T1141).Submission.Outcomes);
    }

    [Fact]
    public void Performance_over_the_yearly_cap_is_left_out_and_the_tenth_is_not()
    {
        var ten = SubmissionContent.Select(Build.PortfolioOf(performances: Build.Performances(10)), School, Build.T1141, PolicyPresets.National);
        Assert.Equal(10, ten.Submission.Performances.Count);
        var eleven = SubmissionContent.Select(Build.PortfolioOf(performances: Build.Performances(11)), School, Build.T1141, PolicyPresets.National);
        Assert.Equal(10, eleven.Submission.Performances.Count);
        Assert.Equal(SubmissionContent.OverYearCap, Assert.Single(eleven.LeftOut.Issues).Arguments[3]);
    }
}
