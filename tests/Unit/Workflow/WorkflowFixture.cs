using StudentPortfolio.Enrollment;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>Actors, outcomes and items for the workflow tests.</summary>
internal static class WorkflowFixture
{
    public static readonly Term T1141 = Term.Parse("114-1");
    public static readonly SchoolCode School = SchoolCode.Parse("041305");
    public static readonly CourseCode Course = CourseCode.Parse("109041305H11101B1010101");
    public static readonly CourseCode OtherCourse = CourseCode.Parse("109041305H11101B1010102");
    public static readonly StudentKey Alice = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));
    public static readonly StudentKey Bob = new(NationalId.Parse("B123456780"), new LocalDate(2008, 9, 9));
    public static readonly Instant Now = Instant.FromUtc(2026, 1, 10, 2, 0);

    public static Actor AliceActor { get; } = Actor.ForStudent("S001", Alice);

    public static Actor BobActor { get; } = Actor.ForStudent("S002", Bob);

    public static Actor Teacher { get; } = Actor.ForCourseTeacher("T001", Course);

    public static Actor Proxy1 { get; } = Actor.ForCourseTeacher("T002", OtherCourse);

    public static Actor Proxy2 { get; } = Actor.ForCourseTeacher("T003", OtherCourse);

    public static Actor Submitter { get; } = Actor.ForSubmitter("A001", SubmittingUnit.Admissions);

    public static Actor Registrar { get; } = new("R001", [Role.Registrar]);

    public static ProxyDirectory Proxies { get; } = new([new ProxyList(Course, "T001", ["T002", "T003"])]);

    public static OutcomeWorkflow Engine(StaffAvailability? availability = null, Instant? now = null) =>
        new(new FakeClock(now ?? Now), null, proxies: Proxies, availability: availability);

    public static MediaFile Pdf(string name = "r.pdf") => new(name, MediaType.Pdf, 1000, ContentHash.Compute(Encoding.UTF8.GetBytes(name)));

    public static CourseLearningOutcome NewOutcome(string id = "O1") =>
        new(RecordId.Parse(id), T1141, Course, "報告 " + id, "課堂報告 " + id, [Pdf()]);

    public static OutcomeWorkItem Uploaded(string id = "O1") => new(Alice, NewOutcome(id), OutcomeState.Uploaded);

    public static OutcomeWorkItem Certified(string id = "O1")
    {
        var outcome = NewOutcome(id);
        return new(Alice, outcome.WithCertification(Certification.Certify("T001", Now, outcome.ContentHash)), OutcomeState.Certified);
    }

    public static OutcomeWorkItem Rejected(string id = "O1") =>
        new(Alice, NewOutcome(id).WithCertification(Certification.Reject("T001", Now, "不是本課程作業")), OutcomeState.Rejected);

    public static OutcomeWorkItem Selected(string id = "O1")
    {
        var c = Certified(id);
        return new(Alice, c.Outcome.WithSelection(true), OutcomeState.Selected);
    }

    public static OutcomeWorkItem InState(OutcomeState state, string id = "O1")
    {
        var selected = Selected(id);
        var hash = selected.Outcome.ContentHash;
        return state switch
        {
            OutcomeState.Uploaded => Uploaded(id),
            OutcomeState.Certified => Certified(id),
            OutcomeState.Rejected => Rejected(id),
            OutcomeState.Selected => selected,
            _ => new OutcomeWorkItem(Alice, selected.Outcome, state, hash, 1),
        };
    }

    public static ReceiptDocument Receipt(Instant? deadline = null, params StudentKey[] students) =>
        new(SubmissionContentKind.CourseOutcomes, "課程學習成果", (students.Length == 0 ? [Alice] : students).Select(s => new ReceiptStudent(s, null, "$")), confirmationDeadline: deadline ?? Now.Plus(Duration.FromDays(3)));
}
