using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>
/// Per-semester checks of 白河商工 四(一)二 (the registrar re-checks basic data every semester), 四(二)一 (the school's
/// own data-entry window) and 四(二)四 (the autobiography / study plan window).
/// </summary>
public class SemesterCheckTests
{
    private static readonly Instant Open = Instant.FromUtc(2025, 9, 1, 0, 0);

    private static SubmissionCalendar Calendar() => new(
    [
        new SubmissionWindow(WindowKind.SchoolDataEntry, T1141, Open, Open.Plus(Duration.FromDays(30))),
        new SubmissionWindow(WindowKind.AutobiographyEntry, T1141, Open, Open.Plus(Duration.FromDays(10))),
    ]);

    private static SchoolRecordWorkflow At(Instant now) => new(new FakeClock(now), Calendar());

    [Fact]
    public void Registrar_rechecks_basic_data_inside_the_school_data_entry_window_baihe_4_1_2_and_4_2_1()
    {
        var result = At(Open).Check(Registrar, Alice, T1141, RecordCheckKind.BasicData);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal((RecordCheckKind.BasicData, T1141, "R001"), (result.Value.Kind, result.Value.Term, result.Value.CheckedBy));
        Assert.Equal(WorkflowAction.RecheckBasicData, result.Audit.Action);
    }

    [Fact]
    public void Recheck_after_the_school_data_entry_window_is_refused_baihe_4_2_1()
    {
        Assert.True(At(Open.Plus(Duration.FromDays(30))).Check(Registrar, Alice, T1141, RecordCheckKind.BasicData).IsValid);
        Assert.Equal("SP-W001", At(Open.Plus(Duration.FromDays(30)).Plus(Duration.FromTicks(1))).Check(Registrar, Alice, T1141, RecordCheckKind.BasicData).Failure!.Code);
    }

    [Fact]
    public void Autobiography_is_checked_by_guidance_homeroom_and_course_teachers_in_its_window_baihe_4_1_9_and_4_2_4()
    {
        foreach (var checker in new[] { new Actor("G001", [Role.GuidanceOffice]), new Actor("H001", [Role.HomeroomTeacher]), Teacher })
        {
            Assert.True(At(Open).Check(checker, Alice, T1141, RecordCheckKind.Autobiography).IsValid, checker.ToString());
        }

        Assert.Equal("SP-W001", At(Open.Plus(Duration.FromDays(10)).Plus(Duration.FromTicks(1))).Check(Teacher, Alice, T1141, RecordCheckKind.Autobiography).Failure!.Code);
        Assert.Equal("SP-F001", At(Open).Check(Registrar, Alice, T1141, RecordCheckKind.Autobiography).Failure!.Code);
    }

    [Fact]
    public void Calendar_without_the_window_blocks_the_check()
    {
        var empty = new SchoolRecordWorkflow(new FakeClock(Open), new SubmissionCalendar([]));

        Assert.Equal("SP-W006", empty.Check(Registrar, Alice, T1141, RecordCheckKind.BasicData).Failure!.Code);
    }

    [Fact]
    public void A_term_without_a_basic_data_recheck_is_reported_baihe_4_1_2()
    {
        var checks = new[]
        {
            new RecordCheck(Alice, RecordCheckKind.BasicData, T1141, "R001", Open, null),
            new RecordCheck(Alice, RecordCheckKind.Autobiography, T1141.Next, "G001", Open, null),
            new RecordCheck(Bob, RecordCheckKind.BasicData, T1141.Next, "R001", Open, null),
        };

        var issues = SemesterCheckReport.MissingBasicDataChecks(Alice, [T1141, T1141.Next, T1141.Next], checks);

        var issue = Assert.Single(issues);
        Assert.Equal("SP-F030", issue.Code);
        Assert.Equal(["A12****789/2008-05-01", "114-2"], issue.Arguments);
    }

    [Fact]
    public void Every_due_term_with_a_recheck_reports_nothing_baihe_4_1_2()
    {
        var checks = new[] { T1141, T1141.Next }.Select(t => new RecordCheck(Alice, RecordCheckKind.BasicData, t, "R001", Open, null));

        Assert.Empty(SemesterCheckReport.MissingBasicDataChecks(Alice, [T1141, T1141.Next], checks));
    }
}
