using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>The example of docs/workflow.md ("Workflow: certification, submission, receipt"), kept compiling and true.</summary>
public class WorkflowReadmeExampleTests
{
    [Fact]
    public void Readme_example_runs_as_documented()
    {
        // The example reads the sample files relative to the repository root, as a reader running it from there would.
        Directory.SetCurrentDirectory(RepositoryRoot.Find());

        // --- begin README example ---
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 10, 2, 0));   // in production: the IClock from DI
        var course = CourseCode.Parse("109041305H11101B1010101");
        var student = new StudentKey(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));
        var alice = Actor.ForStudent("S110001", student);
        var proxy = Actor.ForCourseTeacher("T002");
        var submitter = Actor.ForSubmitter("A001", SubmittingUnit.Admissions);

        // The course teacher T001 has left; T002 is first on the course's proxy list (代理人名單及代理順位).
        var proxies = new ProxyDirectory([new ProxyList(course, "T001", ["T002", "T003"])]);
        var availability = StaffAvailability.AllAvailable.MarkUnavailable("T001");
        var workflow = new OutcomeWorkflow(clock, calendar: null, proxies: proxies, availability: availability);
        // (pass the school's SubmissionCalendar instead of null to check every transition's window: SP-W001)

        var uploaded = workflow.Upload(alice, student,
            new CourseLearningOutcome(RecordId.Parse("O1"), Term.Parse("114-1"), course, "閱讀報告", "讀〈背影〉的心得")).GetValueOrThrow();
        var certified = workflow.Certify(proxy, uploaded);
        Console.WriteLine(certified.Audit);   // 2026-01-10T02:00:00Z T002 for T001 CertifyOutcome A12****789/2008-05-01 O1 Uploaded->Certified

        // Editing after certification voids the certification (the content hash changed).
        var edited = workflow.Edit(alice, certified.GetValueOrThrow(), "閱讀報告", "讀〈背影〉的心得（修訂）", null).GetValueOrThrow();
        Console.WriteLine($"{edited.State} certified={edited.Outcome.IsCertified}");   // Uploaded certified=False

        // A transition that is not allowed is a typed failure, never an exception or a silent no-op.
        var denied = workflow.Submit(submitter, edited);
        Console.WriteLine(denied.Failure!.Code);   // SP-F002 (Uploaded cannot be submitted)

        // Reconcile what was submitted against the receipt (收訖明細) the central database sent back.
        var batch = SubmissionBatch.ReadFile("samples/data/batch-114-1.json");
        var receipt = ReceiptDocument.ReadFile("samples/data/receipt-114-1.json");
        var report = ReceiptReconciler.Reconcile(batch, receipt);
        Console.WriteLine(report);   // 3 received, 1 missing, 1 unexpected, 1 changed

        // Retention: 松山 keeps leavers' data 5 years; deletable from the anniversary of the leaving date.
        var school = SchoolCode.Parse("041305");
        var leaver = EnrollmentHistory.Create(
        [
            new EnrollmentEvent(new LocalDate(2023, 8, 1), EnrollmentEventKind.Admit, school),
            new EnrollmentEvent(new LocalDate(2026, 7, 31), EnrollmentEventKind.Graduate, school),
        ]);
        var decision = RetentionSchedule.Decide(student, leaver, RetentionSchedule.PeriodOf(PolicyPresets.Songshan), new LocalDate(2031, 8, 1));
        Console.WriteLine($"{decision.IsDeletable} from {decision.DeletableFrom}");   // True from 2031-08-01
        // --- end README example ---

        Assert.Equal("2026-01-10T02:00:00Z T002 for T001 CertifyOutcome A12****789/2008-05-01 O1 Uploaded->Certified", certified.Audit!.ToString());
        Assert.Equal("T001", certified.Value!.Outcome.Certification.OnBehalfOf);
        Assert.Equal((OutcomeState.Uploaded, false), (edited.State, edited.Outcome.IsCertified));
        Assert.Equal("SP-F002", denied.Failure.Code);
        Assert.Equal("3 received, 1 missing, 1 unexpected, 1 changed", report.ToString());
        Assert.True(decision.IsDeletable);
        Assert.Equal(new LocalDate(2031, 8, 1), decision.DeletableFrom);
    }

    [Fact]
    public void Docs_workflow_md_shows_the_example_of_this_test()
    {
        var root = RepositoryRoot.Find();
        var test = File.ReadAllText(Path.Combine(root, "tests", "Unit", "Workflow", "WorkflowReadmeExampleTests.cs"));
        var example = test.Split("// --- begin README example ---")[1].Split("// --- end README example ---")[0];
        var docs = File.ReadAllText(Path.Combine(root, "docs", "workflow.md"));
        foreach (var line in example.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line, docs, StringComparison.Ordinal);
        }
    }
}
