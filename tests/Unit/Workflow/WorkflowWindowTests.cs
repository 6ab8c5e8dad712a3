using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

public class WorkflowWindowTests
{
    private static readonly Duration Day = Duration.FromDays(1);

    /// <summary>A calendar with every window open around <see cref="WorkflowFixture.Now"/> except <paramref name="closed"/>, which ended one tick before it.</summary>
    private static SubmissionCalendar CalendarClosing(WindowKind? closed, bool omit = false)
    {
        var windows = new List<SubmissionWindow>();
        foreach (var kind in Enum.GetValues<WindowKind>())
        {
            if (kind == closed)
            {
                if (!omit)
                {
                    windows.Add(new SubmissionWindow(kind, T1141, Now - (10 * Day), Now - Duration.Epsilon));
                }

                continue;
            }

            windows.Add(new SubmissionWindow(kind, T1141, Now - (10 * Day), Now + (10 * Day)));
        }

        return new SubmissionCalendar(windows);
    }

    private static OutcomeWorkflow EngineWith(SubmissionCalendar calendar, Func<StudentPortfolio.Identity.StudentKey, Term, bool>? graduating = null) =>
        new(new FakeClock(Now), calendar, proxies: Proxies, isGraduating: graduating);

    public static TheoryData<string, WindowKind> Transitions => new()
    {
        { "upload", WindowKind.StudentUpload },
        { "edit", WindowKind.StudentUpload },
        { "certify", WindowKind.TeacherCertification },
        { "reject", WindowKind.TeacherCertification },
        { "select", WindowKind.StudentSelection },
        { "deselect", WindowKind.StudentSelection },
        { "submit", WindowKind.SchoolSubmission },
        { "resubmit", WindowKind.SchoolSubmission },
        { "dispute", WindowKind.ReceiptConfirmation },
        { "answer", WindowKind.ReceiptConfirmation },
    };

    private static (bool Success, string? Code) Run(OutcomeWorkflow wf, string transition)
    {
        var corrected = new OutcomeWorkItem(Alice, Selected().Outcome, OutcomeState.Corrected, Selected().Outcome.ContentHash, 1);
        return transition switch
        {
            "upload" => Result(wf.Upload(AliceActor, Alice, NewOutcome())),
            "edit" => Result(wf.Edit(AliceActor, Uploaded(), "新", "新說明", null)),
            "certify" => Result(wf.Certify(Teacher, Uploaded())),
            "reject" => Result(wf.Reject(Teacher, Uploaded(), "理由")),
            "select" => Result(wf.Select(AliceActor, Certified())),
            "deselect" => Result(wf.Deselect(AliceActor, Selected())),
            "submit" => Result(wf.Submit(Submitter, Selected())),
            "resubmit" => Result(wf.Resubmit(Submitter, corrected)),
            "dispute" => Result(wf.Dispute(AliceActor, InState(OutcomeState.Received), Receipt(), "理由")),
            "answer" => Result(wf.AnswerReceipt(AliceActor, Receipt(), T1141, ReceiptAnswerKind.Correct)),
            _ => throw new ArgumentOutOfRangeException(nameof(transition)),
        };

        static (bool, string?) Result<T>(WorkflowResult<T> r)
            where T : class => (r.IsValid, r.Failure?.Code);
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_inside_its_window_succeeds(string transition, WindowKind kind)
    {
        _ = kind;
        Assert.Equal((true, null), Run(EngineWith(CalendarClosing(null)), transition));
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_after_its_window_closed_fails_with_SP_W001(string transition, WindowKind kind) =>
        Assert.Equal((false, "SP-W001"), Run(EngineWith(CalendarClosing(kind)), transition));

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_whose_window_the_school_did_not_publish_fails_with_SP_W006(string transition, WindowKind kind) =>
        Assert.Equal((false, "SP-W006"), Run(EngineWith(CalendarClosing(kind, omit: true)), transition));

    [Fact]
    public void Submitting_even_an_empty_batch_outside_the_submission_window_fails()
    {
        var batch = new SubmissionBatch(School, T1141, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, null);
        Assert.Equal("SP-W001", EngineWith(CalendarClosing(WindowKind.SchoolSubmission)).SubmitBatch(Submitter, batch).Failure?.Code);
        Assert.True(EngineWith(CalendarClosing(null)).SubmitBatch(Submitter, batch).IsValid);
    }

    [Fact]
    public void Window_issue_names_the_student_masked_and_the_record()
    {
        var result = EngineWith(CalendarClosing(WindowKind.TeacherCertification)).Certify(Teacher, Uploaded());
        Assert.Equal(Alice, result.Failure!.Student);
        Assert.Equal("O1", result.Failure.RecordId.ToString());
        Assert.DoesNotContain("A123456789", result.Failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Graduating_student_may_use_the_graduating_grades_window()
    {
        var windows = CalendarClosing(WindowKind.StudentUpload).Windows.Append(
            new SubmissionWindow(WindowKind.StudentUpload, T1141, Now - Day, Now + Day, forGraduatingGrade: true));
        var calendar = new SubmissionCalendar(windows);
        Assert.False(EngineWith(calendar).Upload(AliceActor, Alice, NewOutcome()).IsValid);
        Assert.True(EngineWith(calendar, (s, t) => s == Alice && t == T1141).Upload(AliceActor, Alice, NewOutcome()).IsValid);
    }

    [Fact]
    public void Transitions_without_a_calendar_window_ignore_the_calendar()
    {
        var wf = EngineWith(new SubmissionCalendar([]));
        Assert.True(wf.Correct(Submitter, InState(OutcomeState.Disputed)).IsValid);
        Assert.True(wf.DismissDispute(Registrar, InState(OutcomeState.Disputed), "查核無誤").IsValid);
    }

    [Fact]
    public void Permission_is_checked_before_the_window() =>
        Assert.Equal((false, "SP-F001"), Result(EngineWith(CalendarClosing(WindowKind.TeacherCertification)).Certify(AliceActor, Uploaded())));

    private static (bool, string?) Result(WorkflowResult<OutcomeWorkItem> r) => (r.IsValid, r.Failure?.Code);
}
