using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.Validation;

namespace StudentPortfolio.PropertyTests.Enrollment;

public class EnrollmentProperties
{
    private static readonly Instant Exported = Instant.FromUtc(2025, 8, 1, 0, 0);

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public bool Every_legal_walk_is_a_valid_history(EnrollmentWalk walk)
    {
        var history = new EnrollmentHistory(walk.Events);
        return history.IsValid && EnrollmentHistory.TryCreate(walk.Events, out _, out var problems) && problems.Count == 0;
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public bool Resume_injected_while_enrolled_makes_any_walk_invalid(EnrollmentWalk walk)
    {
        // Right after admission the student is enrolled, never suspended.
        var admit = walk.Events[0];
        var events = new List<EnrollmentEvent>(walk.Events);
        events.Insert(1, new EnrollmentEvent(admit.Date, EnrollmentEventKind.Resume, admit.School));
        var history = new EnrollmentHistory(events);
        return !history.IsValid && history.Problems[0].Error == EnrollmentSequenceError.ResumeWithoutSuspension && history.Problems[0].EventIndex == 1;
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public Property No_term_is_submitted_by_two_schools(EnrollmentWalk walk, int termOffset)
    {
        var history = new EnrollmentHistory(walk.Events);
        var term = Term.Containing(walk.First);
        for (var i = 0; i < Math.Abs(termOffset % 16); i++)
        {
            term = term.Next;
        }

        var accepting = EnrollmentGenerators.Schools
            .Where(s => !EnrollmentValidator.ValidateSubmission(new LearningPortfolio(EnrollmentGenerators.Student(s), enrollment: history), s, term)
                .Issues.Any(i => i.Code is "SP-E002" or "SP-E003"))
            .ToArray();
        var due = SubmissionResponsibility.ForTerm(history, term, SubmissionContentKind.BasicData);
        return (accepting.Length <= 1
                && (due.IsDue ? accepting.SequenceEqual([due.School!.Value]) : accepting.Length == 0))
            .Label($"term {term}: accepting [{string.Join(",", accepting)}], due {due.School} ({due.Reason})");
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public Property No_record_is_accepted_from_two_schools(EnrollmentWalk walk, int termIndex)
    {
        var history = new EnrollmentHistory(walk.Events);
        var term = EnrollmentGenerators.TermAt(Math.Abs(termIndex % 6));
        var records = new LearningPortfolio(
            EnrollmentGenerators.Student(EnrollmentGenerators.Schools[0]),
            courses: EnrollmentGenerators.Schools.Select((s, i) => new CourseRecord(RecordId.Parse($"T{i}"), term, EnrollmentGenerators.Code(s), "國語文", 4, 80m, CourseRecordKind.Transfer, new CourseOrigin(s, term, EnrollmentGenerators.Code(s))))
                .Append(new CourseRecord(RecordId.Parse("K"), term, EnrollmentGenerators.Code(EnrollmentGenerators.Schools[0]), "國語文", 4, 80m))
                .ToArray(),
            enrollment: history);
        var acceptedBy = records.Courses.Select((c, i) => EnrollmentGenerators.Schools
                .Count(s => !EnrollmentValidator.ValidateSubmission(records, s, term.Next.Next).Issues.Any(x => x.Code is "SP-E002" or "SP-E009" && x.Path.StartsWith($"$.courses[{i}]", StringComparison.Ordinal))))
            .ToArray();
        return acceptedBy.All(n => n <= 1).Label($"accepted-by counts {string.Join(",", acceptedBy)}");
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public Property Transfers_conserve_every_exported_record(TransferChain chain)
    {
        var before = new List<string>();
        var omitted = new List<string>();
        LearningPortfolio? current = null;
        foreach (var stint in chain.Stints)
        {
            before.AddRange(Identities(stint.School, stint.Native));
            current = current is null ? stint.Native : Merge(stint.Native, current, omitted);
        }

        var last = chain.Stints[^1].School;
        var after = Identities(last, current!).Concat(omitted).Order(StringComparer.Ordinal).ToArray();
        var expected = before.Order(StringComparer.Ordinal).ToArray();
        return (after.SequenceEqual(expected) && current!.Enrollment.IsValid && OriginsKept(current, last))
            .Label($"before {expected.Length}: {string.Join(" ", expected)}\nafter {after.Length}: {string.Join(" ", after)}\nhistory valid {current!.Enrollment.IsValid}");
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public Property Merging_is_idempotent(MergeCase m)
    {
        var once = ExchangeMerger.Merge(m.Receiving, [m.A, m.B]);
        var twice = ExchangeMerger.Merge(once.Portfolio, [m.A, m.B]);
        return (twice.Portfolio == once.Portfolio && twice.Added == 0)
            .Label($"added again {twice.Added}, conflicts {once.Conflicts.Count}/{twice.Conflicts.Count}");
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public Property Merging_is_order_independent_modulo_reported_conflicts(MergeCase m)
    {
        var ab = ExchangeMerger.Merge(m.Receiving, [m.A, m.B]);
        var ba = ExchangeMerger.Merge(m.Receiving, [m.B, m.A]);
        var conflictKeys = ab.Conflicts.Select(c => $"{c.Kind}/{c.RecordId}").Order(StringComparer.Ordinal).ToArray();
        var conflictKeysBa = ba.Conflicts.Select(c => $"{c.Kind}/{c.RecordId}").Order(StringComparer.Ordinal).ToArray();
        var contested = conflictKeys.ToHashSet();
        var left = Contents(ab.Portfolio, contested);
        var right = Contents(ba.Portfolio, contested);
        return (conflictKeys.SequenceEqual(conflictKeysBa) && left.SequenceEqual(right) && Keys(ab.Portfolio).SequenceEqual(Keys(ba.Portfolio)))
            .Label($"conflicts {string.Join(",", conflictKeys)} vs {string.Join(",", conflictKeysBa)}");
    }

    [Property(Arbitrary = [typeof(EnrollmentArbitraries)])]
    public bool Merging_a_package_into_a_portfolio_without_those_ids_adds_everything(MergeCase m)
    {
        var empty = new LearningPortfolio(m.Receiving.Student);
        var result = ExchangeMerger.Merge(empty, m.A);
        var count = m.A.Courses.Count + m.A.Outcomes.Count + m.A.Performances.Count + m.A.Cadres.Count;
        return result.Added == count && result.Conflicts.Count == 0 && result.Duplicates == 0;
    }

    private static LearningPortfolio Merge(LearningPortfolio receiving, LearningPortfolio previous, List<string> omitted)
    {
        var package = ExchangePackage.Export(previous, Exported);
        foreach (var id in package.OmittedOutcomes)
        {
            var o = previous.Outcomes.Single(x => x.Id == id);
            omitted.Add(Identity(previous.Student.School, "o", id, $"{o.Term}/{o.CourseCode}"));
        }

        return ExchangeMerger.Merge(receiving, package).Portfolio;
    }

    /// <summary>Identity of a record across transfers: first school, original id, kind, term and course code.</summary>
    private static IEnumerable<string> Identities(SchoolCode holder, LearningPortfolio p) =>
        p.Courses.Select(c => Identity(holder, "c", c.Id, $"{c.Term}/{c.CourseCode}"))
            .Concat(p.Outcomes.Select(o => Identity(holder, "o", o.Id, $"{o.Term}/{o.CourseCode}")))
            .Concat(p.Performances.Select(x => Identity(holder, "p", x.Id, x.Term.ToString())))
            .Concat(p.Cadres.Select(x => Identity(holder, "k", x.Id, x.Term.ToString())));

    private static string Identity(SchoolCode holder, string kind, RecordId id, string where)
    {
        var (school, original) = ExchangeRecordId.Split(id);
        return $"{school ?? holder}:{kind}:{original}@{where}";
    }

    /// <summary>Records that came from an earlier school are transfer records naming that school, term and course.</summary>
    private static bool OriginsKept(LearningPortfolio p, SchoolCode last) =>
        p.Courses.Concat<object>(p.Outcomes).All(r => r switch
        {
            CourseRecord c => ExchangeRecordId.Split(c.Id).School is not { } s || s == last
                || (c.Kind == CourseRecordKind.Transfer && c.Origin!.School == s && c.Origin.Term == c.Term && c.Origin.CourseCode == c.CourseCode),
            CourseLearningOutcome o => ExchangeRecordId.Split(o.Id).School is not { } s || s == last
                || (o.Kind == CourseRecordKind.Transfer && o.Origin!.School == s && o.Origin.Term == o.Term && o.Origin.CourseCode == o.CourseCode),
            _ => false,
        });

    private static string[] Keys(LearningPortfolio p) =>
        p.Courses.Select(c => "c/" + c.Id).Concat(p.Outcomes.Select(o => "o/" + o.Id)).Concat(p.Performances.Select(x => "p/" + x.Id)).Concat(p.Cadres.Select(x => "k/" + x.Id))
            .Order(StringComparer.Ordinal).ToArray();

    private static string[] Contents(LearningPortfolio p, HashSet<string> contested) =>
        p.Courses.Where(c => !contested.Contains($"{SubmissionContentKind.CourseRecords}/{c.Id}")).Select(c => c.ToString())
            .Concat(p.Outcomes.Where(o => !contested.Contains($"{SubmissionContentKind.CourseOutcomes}/{o.Id}")).Select(o => $"{o.Id}/{o.ContentHash}/{o.Certification.Status}"))
            .Concat(p.Performances.Where(x => !contested.Contains($"{SubmissionContentKind.MultiPerformance}/{x.Id}")).Select(x => x.ToString()))
            .Concat(p.Cadres.Where(x => !contested.Contains($"{SubmissionContentKind.Cadres}/{x.Id}")).Select(x => x.ToString()))
            .Order(StringComparer.Ordinal).ToArray();
}
