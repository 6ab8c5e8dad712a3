using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

public class ActorAndProxyTests
{
    [Fact]
    public void Student_actor_needs_a_student_key_and_only_a_student_has_one()
    {
        Assert.Throws<ArgumentException>(() => new Actor("S1", [Role.Student]));
        Assert.Throws<ArgumentException>(() => new Actor("T1", [Role.CourseTeacher], student: Alice));
    }

    [Fact]
    public void Actor_text_masks_the_student()
    {
        var text = AliceActor.ToString();
        Assert.Contains("A12****789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaches_requires_the_course_teacher_role_and_the_course()
    {
        Assert.True(Teacher.Teaches(Course));
        Assert.False(Teacher.Teaches(OtherCourse));
        Assert.False(new Actor("H1", [Role.HomeroomTeacher], [Course]).Teaches(Course));
    }

    [Fact]
    public void Proxy_list_rejects_the_teacher_as_proxy_and_duplicates()
    {
        Assert.Throws<ArgumentException>(() => new ProxyList(Course, "T001", ["T001"]));
        Assert.Throws<ArgumentException>(() => new ProxyList(Course, "T001", ["T002", "T002"]));
        Assert.Throws<ArgumentException>(() => new ProxyList(Course, "T001", [" "]));
    }

    [Fact]
    public void Current_certifier_is_the_teacher_then_the_first_available_proxy_in_order()
    {
        var list = new ProxyList(Course, "T001", ["T002", "T003"]);
        var all = StaffAvailability.AllAvailable;
        Assert.Equal("T001", list.CurrentCertifier(all));
        Assert.Equal("T002", list.CurrentCertifier(all.MarkUnavailable("T001")));
        Assert.Equal("T003", list.CurrentCertifier(all.MarkUnavailable("T001").MarkUnavailable("T002")));
        Assert.Null(list.CurrentCertifier(all.MarkUnavailable("T001").MarkUnavailable("T002").MarkUnavailable("T003")));
        Assert.Equal("T001", list.CurrentCertifier(all.MarkUnavailable("T002")));
    }

    [Fact]
    public void Marking_available_again_restores_the_teacher()
    {
        var availability = StaffAvailability.AllAvailable.MarkUnavailable("T001").MarkAvailable("T001");
        Assert.True(availability.IsAvailable("T001"));
        Assert.Empty(availability.Unavailable);
    }

    [Fact]
    public void Directory_finds_the_list_of_a_course_and_a_later_list_replaces_an_earlier_one()
    {
        var directory = new ProxyDirectory([new ProxyList(Course, "T001", ["T002"]), new ProxyList(Course, "T001", ["T003"])]);
        Assert.Equal(["T003"], directory.For(Course)!.Proxies);
        Assert.Null(directory.For(OtherCourse));
        Assert.Single(directory.Lists);
    }

    [Fact]
    public void Item_in_a_certified_state_must_have_current_certification()
    {
        var outcome = NewOutcome();
        Assert.Throws<ArgumentException>(() => new OutcomeWorkItem(Alice, outcome, OutcomeState.Certified));
        Assert.Throws<ArgumentException>(() => new OutcomeWorkItem(Alice, outcome, OutcomeState.Submitted, outcome.ContentHash, 1));
        Assert.Throws<ArgumentException>(() => new OutcomeWorkItem(Alice, Certified().Outcome, OutcomeState.Submitted));
    }

    [Fact]
    public void From_outcome_reads_the_state_and_clears_a_void_selection()
    {
        Assert.Equal(OutcomeState.Selected, OutcomeWorkItem.FromOutcome(Alice, Selected().Outcome).State);
        Assert.Equal(OutcomeState.Rejected, OutcomeWorkItem.FromOutcome(Alice, Rejected().Outcome).State);
        var voided = Selected().Outcome.WithContent("改", "改過", null);
        var item = OutcomeWorkItem.FromOutcome(Alice, voided);
        Assert.Equal(OutcomeState.Uploaded, item.State);
        Assert.False(item.Outcome.IsSelected);
    }
}
