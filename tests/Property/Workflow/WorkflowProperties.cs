using StudentPortfolio.Enrollment;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.PropertyTests.Workflow;

[Properties(MaxTest = 300)]
public class WorkflowProperties
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");
    private static readonly Term Term = Term.Parse("114-1");
    private static readonly CourseCode Course = CourseCode.Parse("109041305H11101B1010101");
    private static readonly CourseCode OtherCourse = CourseCode.Parse("109041305H11101B1010102");
    private static readonly StudentKey Alice = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));
    private static readonly StudentKey Bob = new(NationalId.Parse("B123456780"), new LocalDate(2008, 9, 9));

    private static readonly Actor[] Actors =
    [
        Actor.ForStudent("S001", Alice),
        Actor.ForStudent("S002", Bob),
        Actor.ForCourseTeacher("T001", Course),
        Actor.ForCourseTeacher("T002", OtherCourse),
        Actor.ForCourseTeacher("T003", OtherCourse),
        Actor.ForCourseTeacher("T009", OtherCourse),
        Actor.ForSubmitter("A001", SubmittingUnit.Admissions),
        Actor.ForSubmitter("A002", SubmittingUnit.StudentActivities),
        new("R001", [Role.Registrar]),
        new("H001", [Role.HomeroomTeacher, Role.CounsellingTeacher]),
    ];

    private static readonly string[] Titles = ["報告", "報告（修正）", "期末報告", "報告"];

    /// <summary>
    /// Replays random steps by random actors against one outcome, with the clock moving and staff availability
    /// changing on the way. Returns false if an item is ever submitted with content no successful certification
    /// covered, if a success changes nothing, or if a failure carries no rule.
    /// </summary>
    private static bool Replay(WorkflowStep[] steps) => Replay(steps, out _);

    private static bool Replay(WorkflowStep[] steps, out int resubmissions)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 10, 0, 0));
        var proxies = new ProxyDirectory([new ProxyList(Course, "T001", ["T002", "T003"])]);
        var availability = StaffAvailability.AllAvailable;
        OutcomeWorkItem? item = null;
        resubmissions = 0;
        var certifiedHashes = new HashSet<ContentHash>();
        var receipt = new ReceiptDocument(SubmissionContentKind.CourseOutcomes, "課程學習成果", [new ReceiptStudent(Alice, null, "$")], confirmationDeadline: Instant.FromUtc(2026, 1, 12, 0, 0));
        foreach (var step in steps)
        {
            clock.AdvanceMinutes(30);
            var wf = new OutcomeWorkflow(clock, null, proxies: proxies, availability: availability);
            var actor = Actors[step.Actor];
            var files = new[] { new MediaFile($"f{step.Variant}.pdf", MediaType.Pdf, 1000, ContentHash.Compute([(byte)step.Variant])) };
            WorkflowResult<OutcomeWorkItem>? result;
            switch (step.Operation)
            {
                case 0 when item is null:
                    result = wf.Upload(actor, step.Variant == 3 ? Bob : Alice, new CourseLearningOutcome(RecordId.Parse("O1"), Term, Course, "報告", "說明", files));
                    break;
                case 13:
                    var who = Actors[2 + (step.Variant % 3)].Id;
                    availability = availability.IsAvailable(who) ? availability.MarkUnavailable(who) : availability.MarkAvailable(who);
                    continue;
                case 14:
                    // Answers do not change the item; they must still be typed.
                    var answer = wf.AnswerReceipt(actor, receipt, Term, step.Variant % 2 == 0 ? ReceiptAnswerKind.Correct : ReceiptAnswerKind.Incorrect, step.Variant == 1 ? null : "理由");
                    if (!answer.IsValid && !answer.Failure!.Code.StartsWith("SP-", StringComparison.Ordinal))
                    {
                        return false;
                    }

                    continue;
                default:
                    if (item is null || step.Operation == 0)
                    {
                        continue;
                    }

                    result = step.Operation switch
                    {
                        1 => wf.Edit(actor, item, Titles[step.Variant], "說明 " + step.Variant, files),
                        2 => wf.Certify(actor, item),
                        3 => wf.Reject(actor, item, step.Variant == 0 ? " " : "理由"),
                        4 => wf.Select(actor, item),
                        5 => wf.Deselect(actor, item),
                        6 => wf.Submit(actor, item),
                        7 => wf.Receive(actor, item, ReportFor(item, step.Variant == 0)),
                        8 => wf.Dispute(actor, item, receipt, step.Variant == 0 ? null : "有誤"),
                        9 => wf.DismissDispute(actor, item, "查核無誤"),
                        10 => wf.Correct(actor, item),
                        11 => wf.Correct(actor, item, Titles[step.Variant], "更正 " + step.Variant, files),
                        _ => wf.Resubmit(actor, item),
                    };
                    break;
            }

            if (!result.IsValid)
            {
                if (result.Failure is null || !result.Failure.Code.StartsWith("SP-", StringComparison.Ordinal) || result.Value is not null)
                {
                    return false;
                }

                continue;
            }

            var next = result.Value!;
            if (next.Equals(item) || result.Audit!.To != next.State || result.Audit.ActorId != actor.Id)
            {
                return false; // a success must change something and say so
            }

            if (result.Audit.Action == WorkflowAction.CertifyOutcome)
            {
                certifiedHashes.Add(next.Outcome.ContentHash);
            }

            if (next.State == OutcomeState.Submitted &&
                (next.SubmittedHash is not { } submitted || !certifiedHashes.Contains(submitted) || !next.Outcome.IsCertified))
            {
                return false;
            }

            item = next;
            if (next.State == OutcomeState.Submitted)
            {
                resubmissions = Math.Max(resubmissions, next.SubmissionCount);
            }
        }

        return true;
    }

    private static ReconciliationReport ReportFor(OutcomeWorkItem item, bool changed)
    {
        var hash = item.SubmittedHash ?? item.Outcome.ContentHash;
        var batch = new SubmissionBatch(School, Term, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, [new BatchEntry(item.Student, item.Id, hash)]);
        var received = changed ? ContentHash.Compute([9, 9]) : hash;
        var receipt = new ReceiptDocument(SubmissionContentKind.CourseOutcomes, "課程學習成果", [new ReceiptStudent(item.Student, [new ReceiptRecord("學期課程學習成果", item.Id, received, new Dictionary<string, string?>(), "$")], "$")]);
        return ReceiptReconciler.Reconcile(batch, receipt);
    }

    [Property]
    public Property No_sequence_of_allowed_actions_submits_an_item_that_was_never_certified() =>
        Prop.ForAll(WorkflowGenerators.Run.ToArbitrary(), Replay);

    [Fact]
    public void Generated_runs_reach_submission_and_resubmission_so_the_property_is_not_vacuous()
    {
        Assert.True(Replay([new(0, 0, 0), new(2, 2, 0), new(0, 4, 0), new(6, 6, 0)], out var direct));
        Assert.Equal(1, direct);
        var runs = WorkflowGenerators.Run.Sample(400, 100); // (number of samples, size)
        var submitted = 0;
        var resubmitted = 0;
        foreach (var run in runs)
        {
            Assert.True(Replay(run, out var count));
            submitted += count >= 1 ? 1 : 0;
            resubmitted += count >= 2 ? 1 : 0;
        }

        Assert.True(submitted >= 40, $"only {submitted} of {runs.Length} runs reached Submitted");
        Assert.True(resubmitted >= 10, $"only {resubmitted} of {runs.Length} runs reached a resubmission");
    }

    [Property]
    public Property Receipt_equal_to_the_batch_reports_nothing_missing_unexpected_or_changed() =>
        Prop.ForAll(
            WorkflowGenerators.BatchEntries.ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (entries, seed) =>
            {
                var batch = new SubmissionBatch(School, Term, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, entries.Select(e => new BatchEntry(e.Student, e.Record, e.Hash)));
                var shuffled = entries.OrderBy(_ => new Random(seed).Next()).ToArray();
                var receipt = new ReceiptDocument(
                    SubmissionContentKind.CourseOutcomes,
                    "課程學習成果",
                    shuffled.GroupBy(e => e.Student).Select(g => new ReceiptStudent(g.Key, g.Select(e => new ReceiptRecord("學期課程學習成果", e.Record, e.Hash, new Dictionary<string, string?>(), "$")), "$")));
                var report = ReceiptReconciler.Reconcile(batch, receipt);
                return report.IsComplete && report.MissingCount == 0 && report.UnexpectedCount == 0 && report.ChangedCount == 0
                    && report.ReceivedCount == entries.Length && report.ToValidationReport().Issues.Count == 0;
            });

    [Property]
    public Property Dropping_one_receipt_row_reports_exactly_that_record_missing() =>
        Prop.ForAll(
            WorkflowGenerators.BatchEntries.Where(e => e.Length > 0).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (entries, pick) =>
            {
                var dropped = entries[pick % entries.Length];
                var batch = new SubmissionBatch(School, Term, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, entries.Select(e => new BatchEntry(e.Student, e.Record, e.Hash)));
                var receipt = new ReceiptDocument(
                    SubmissionContentKind.CourseOutcomes,
                    "課程學習成果",
                    entries.Where(e => e != dropped).GroupBy(e => e.Student).Select(g => new ReceiptStudent(g.Key, g.Select(e => new ReceiptRecord("s", e.Record, e.Hash, new Dictionary<string, string?>(), "$")), "$")));
                var report = ReceiptReconciler.Reconcile(batch, receipt);
                return report.MissingCount == 1 && report.Find(dropped.Student, dropped.Record)!.Status == ReconciliationStatus.Missing
                    && report.ReceivedCount == entries.Length - 1 && report.UnexpectedCount == 0;
            });

    [Property]
    public Property Batch_json_round_trips() =>
        Prop.ForAll(WorkflowGenerators.BatchEntries.ToArbitrary(), entries =>
        {
            var batch = new SubmissionBatch(School, Term, SubmissionContentKind.MultiPerformance, SubmittingUnit.Admissions, entries.Select(e => new BatchEntry(e.Student, e.Record, e.Hash)));
            using var stream = new MemoryStream();
            batch.WriteTo(stream);
            var json = Encoding.UTF8.GetString(stream.ToArray());
            return SubmissionBatch.Read(stream.ToArray()).Equals(batch);
        });
}
