using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>
/// Documents of students whose enrollment histories make sense (admission, then any of a suspension, a transfer, a
/// repeated year, borrowed study), with rule-breaking records in the terms around them and transferred or borrowed
/// course records and outcomes: the cases in which the enrollment switches and rules matter.
/// </summary>
internal static class EnrollmentScenarioGenerators
{
    private static readonly SchoolCode Home = SchoolCode.Parse("041305");
    private static readonly SchoolCode Receiver = SchoolCode.Parse("191305");
    private static readonly SchoolCode Host = SchoolCode.Parse("801M01");
    private static readonly Term[] Terms = [Term.Parse("113-1"), Term.Parse("113-2"), Term.Parse("114-1"), Term.Parse("114-2")];
    private static readonly CourseCode Code = CourseCode.Parse("109041305H11101B1010101");

    public static Gen<SubmissionDocument> Documents() =>
        from count in Gen.Choose(1, 3)
        from students in Gen.ArrayOf(Student(), count)
        select SubmissionDocument.FromPortfolios(
            new SubmissionHeader(Home, Term.Parse("114-1"), ContentKinds.All, Instant.FromUtc(2026, 1, 20, 0, 0)),
            students.Select((p, i) => WithBirthDate(p, i)).ToArray());

    private static LearningPortfolio WithBirthDate(LearningPortfolio p, int i)
    {
        var s = p.Student;
        var student = new StudentBasicData(s.NationalId, s.BirthDate.PlusDays(i), s.Name, s.School, s.StudentNumber, s.Programme, s.Grade, s.ClassName, s.Seat);
        return new LearningPortfolio(student, p.Cadres, p.Courses, p.Outcomes, p.Performances, null, p.Autobiography, p.Enrollment);
    }

    private static Gen<LearningPortfolio> Student() =>
        from records in CompliantPortfolioGenerators.Arbitrary().Generator
        from suspend in Gen.Elements(false, true)
        from transfer in Gen.Elements(false, true)
        from repeat in Gen.Elements(false, true)
        from borrowed in Gen.Elements(false, true)
        from moved in Gen.ListOf(Moved(), 3)
        from burst in Gen.Elements(false, false, true)
        from lateDay in Gen.Elements<int?>(null, 10, 17, 18, 31)
        from broughtIn in Gen.Choose(0, 4)
        select Build(records.Portfolio, suspend, transfer, repeat, borrowed, moved, burst, lateDay, broughtIn);

    private static Gen<(CourseRecordKind Kind, SchoolCode School, Term Term, Term OriginTerm, bool Selected, bool Certified)> Moved() =>
        from kind in Gen.Elements(CourseRecordKind.Transfer, CourseRecordKind.BorrowedStudy)
        from school in Gen.Elements(Home, Receiver, Host)
        from term in Gen.Elements(Terms)
        from origin in Gen.Elements(Terms)
        from selected in Gen.Elements(true, false)
        from certified in Gen.Elements(true, false)
        select (kind, school, term, origin, selected, certified);

    // lateDay: the July day of a selected competition of 113-2 (late in academic year 113), if any; broughtIn: the
    // number of multi-performance items carried over from the old school (ids "041305:…") after a transfer.
    private static LearningPortfolio Build(LearningPortfolio records, bool suspend, bool transfer, bool repeat, bool borrowed, List<(CourseRecordKind Kind, SchoolCode School, Term Term, Term OriginTerm, bool Selected, bool Certified)> moved, bool burst, int? lateDay, int broughtIn)
    {
        var events = new List<EnrollmentEvent> { new(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, Home, null, "301") };
        if (suspend)
        {
            events.Add(new(new LocalDate(2025, 2, 1), EnrollmentEventKind.Suspend, Home));
            events.Add(new(new LocalDate(2025, 8, 1), EnrollmentEventKind.Resume, Home));
        }

        if (repeat)
        {
            events.Add(new(new LocalDate(2025, 8, 1), EnrollmentEventKind.RepeatYear, Home));
        }

        if (borrowed)
        {
            events.Add(new(new LocalDate(2025, 9, 1), EnrollmentEventKind.BorrowedStudyStart, Home, Host));
            events.Add(new(new LocalDate(2026, 1, 15), EnrollmentEventKind.BorrowedStudyEnd, Home, Host));
        }

        if (transfer)
        {
            events.Add(new(new LocalDate(2026, 3, 1), EnrollmentEventKind.TransferOut, Home, Receiver));
            events.Add(new(new LocalDate(2026, 3, 1), EnrollmentEventKind.TransferIn, Receiver, Home, "301"));
        }

        var courses = new List<CourseRecord>();
        var outcomes = records.Outcomes.ToList();
        for (var i = 0; i < moved.Count; i++)
        {
            var m = moved[i];
            var origin = m.Kind == CourseRecordKind.Transfer ? new CourseOrigin(m.School, m.OriginTerm, Code) : new CourseOrigin(m.School);
            courses.Add(new CourseRecord(RecordId.Parse($"M{i}"), m.Term, Code, "國語文", 4, 80m, m.Kind, origin));
            var outcome = new CourseLearningOutcome(RecordId.Parse($"MO{i}"), m.Term, Code, "報告", "轉入課程學習成果", null, null, m.Selected, m.Kind, origin);
            outcomes.Add(m.Certified ? outcome.WithCertification(Certification.Certify("T001", Instant.FromUtc(2025, 1, 10, 2, 0), outcome.ContentHash)) : outcome);
        }

        var performances = records.Performances.DistinctBy(p => p.Id).ToList();
        if (burst)
        {
            // Eleven selected multi-performance items in one year: over every preset's cap of ten.
            performances.AddRange(Enumerable.Range(1, 11).Select(i => new MultiPerformanceItem(
                RecordId.Parse($"B{i}"), Term.Parse("114-1"), new WorkDetails("作品" + i, new LocalDate(2025, 10, i)), "作品說明", isSelected: true)));
        }

        if (lateDay is { } day)
        {
            performances.Add(new MultiPerformanceItem(
                RecordId.Parse("LATE"), Term.Parse("113-2"), new CompetitionDetails("全國技能競賽", null, null, null, new LocalDate(2025, 7, day), null), "七月底的競賽", isSelected: true));
        }

        if (transfer)
        {
            // Items the old school uploaded, carried over in exchange form: another school's code before the id.
            performances.AddRange(Enumerable.Range(1, broughtIn).Select(i => new MultiPerformanceItem(
                RecordId.Parse($"041305:X{i}"), Term.Parse("114-2"), new WorkDetails("原校作品" + i, new LocalDate(2026, 2, i)), "原校作品說明", isSelected: i % 2 == 0)));
        }

        var school = transfer ? Receiver : Home;
        var s = records.Student;
        var student = new StudentBasicData(s.NationalId, s.BirthDate, s.Name, school, s.StudentNumber, s.Programme, s.Grade, s.ClassName, s.Seat);
        var cadres = Terms.Select((t, i) => new CadreRecord(RecordId.Parse($"C{i}"), t, CadreLevel.Class, "商二甲", "班長")).ToList();
        return new LearningPortfolio(student, cadres, courses, outcomes.DistinctBy(o => o.Id).ToList(), performances, null, null, new EnrollmentHistory(events));
    }
}
