using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.PropertyTests.Generators;

/// <summary>A legal walk of enrollment events, built by the generator's own model (not by the library's state machine).</summary>
public sealed record EnrollmentWalk(IReadOnlyList<EnrollmentEvent> Events, LocalDate First, LocalDate Last)
{
    public override string ToString() => string.Join(", ", Events.Select(e => $"{e.Date:yyyy-MM-dd} {e.Kind} {e.School}->{e.CounterpartSchool}"));
}

/// <summary>The native records each school of a transfer chain made before the student moved on.</summary>
public sealed record SchoolStint(SchoolCode School, LearningPortfolio Native);

/// <summary>A student transferring through 2–4 schools; each stint holds that school's own records and events.</summary>
public sealed record TransferChain(IReadOnlyList<SchoolStint> Stints)
{
    public override string ToString() => string.Join(" -> ", Stints.Select(s => $"{s.School}[{s.Native.Courses.Count}c {s.Native.Outcomes.Count}o {s.Native.Performances.Count}p {s.Native.Cadres.Count}k]"));
}

/// <summary>A receiving portfolio and two packages (possibly from the same school, exported with different content).</summary>
public sealed record MergeCase(LearningPortfolio Receiving, ExchangePackage A, ExchangePackage B)
{
    public override string ToString() => $"receiving {Receiving.Student.School} ({Receiving.Outcomes.Count} outcomes), A from {A.SourceSchool} ({A.Outcomes.Count}), B from {B.SourceSchool} ({B.Outcomes.Count})";
}

/// <summary>FsCheck generators for enrollment changes.</summary>
public static class EnrollmentGenerators
{
    public static readonly SchoolCode[] Schools = new[] { "041305", "191305", "801M01", "000B00", "110302" }.Select(SchoolCode.Parse).ToArray();

    public static readonly NationalId StudentId = NationalId.Parse("A123456789");

    public static readonly LocalDate Birth = new(2008, 5, 1);

    private static readonly Instant ExportInstant = Instant.FromUtc(2025, 3, 1, 0, 0);

    public static StudentBasicData Student(SchoolCode school) => new(StudentId, Birth, "王小明", school, "S1", "301", 2, "商二甲", 1);

    public static CourseCode Code(SchoolCode school) => CourseCode.Parse($"112{school}H11101B1010101");

    /// <summary>Terms 112-1 … 114-2.</summary>
    public static Gen<Term> Terms() => Gen.Elements(Enumerable.Range(0, 6).Select(i => new Term(AcademicYear.FromRocYear(112 + (i / 2)), (Semester)((i % 2) + 1))).ToArray());

    /// <summary>A legal walk: admission, then suspensions/resumptions, borrowed studies, transfers, programme changes and repeat years, maybe a final withdrawal or graduation.</summary>
    public static Gen<EnrollmentWalk> Walks() =>
        from steps in Gen.ListOf(Gen.Zip(Gen.Choose(0, 99), Gen.Choose(1, 200)), 12)
        from picks in Gen.ListOf(Gen.Choose(0, Schools.Length - 1), 12)
        from startOffset in Gen.Choose(0, 300)
        from ending in Gen.Choose(0, 3)
        select BuildWalk(steps.ToArray(), picks.ToArray(), startOffset, ending);

    /// <summary>A chain of 2–4 distinct schools with records in the terms each school held the student.</summary>
    public static Gen<TransferChain> Chains() =>
        from count in Gen.Choose(2, 4)
        from order in Gen.Shuffle(Schools)
        from stintLengths in Gen.ListOf(Gen.Choose(60, 400), count)
        from records in Gen.ListOf(RecordSeeds(), count)
        select BuildChain(order.Take(count).ToArray(), stintLengths.ToArray(), records.ToArray());

    /// <summary>A receiving school portfolio plus two packages whose ids may collide (same source school, edited content).</summary>
    public static Gen<MergeCase> MergeCases() =>
        from schools in Gen.Shuffle(Schools)
        from sameSource in Gen.Elements(true, false)
        from receivingSeeds in RecordSeeds()
        from aSeeds in RecordSeeds()
        from bSeeds in RecordSeeds()
        from edit in Gen.Choose(0, 3)
        select BuildMergeCase(schools[0], schools[1], sameSource ? schools[1] : schools[2], receivingSeeds, aSeeds, bSeeds, edit);

    /// <summary>Record seeds: (kind 0..3, id 0..5, term index 0..5, certified/selected flag).</summary>
    public static Gen<(int Kind, int Id, int Term, bool Flag)[]> RecordSeeds() =>
        Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from id in Gen.Choose(0, 5)
            from term in Gen.Choose(0, 5)
            from flag in Gen.Elements(true, false)
            select (kind, id, term, flag),
            8);

    public static LearningPortfolio PortfolioFrom(SchoolCode school, (int Kind, int Id, int Term, bool Flag)[] seeds, EnrollmentHistory? history, string title = "報告")
    {
        var courses = new List<CourseRecord>();
        var outcomes = new List<CourseLearningOutcome>();
        var performances = new List<MultiPerformanceItem>();
        var cadres = new List<CadreRecord>();
        var used = new HashSet<(int, int)>();
        foreach (var (kind, id, termIndex, flag) in seeds)
        {
            if (!used.Add((kind, id)))
            {
                continue; // ids are unique per kind within one school
            }

            var term = TermAt(termIndex);
            var rid = RecordId.Parse($"R{id}");
            switch (kind)
            {
                case 0:
                    courses.Add(new CourseRecord(rid, term, Code(school), "國語文", 4, 80m + id));
                    break;
                case 1:
                    var o = new CourseLearningOutcome(rid, term, Code(school), title, "閱讀心得", isSelected: flag);
                    outcomes.Add(id % 3 == 0 ? o : o.WithCertification(Certification.Certify("T001", ExportInstant, o.ContentHash)));
                    break;
                case 2:
                    performances.Add(new MultiPerformanceItem(rid, term, new WorkDetails("作品" + id, null), "說明", isSelected: flag));
                    break;
                default:
                    cadres.Add(new CadreRecord(rid, term, CadreLevel.Class, "商二甲", "班長" + id));
                    break;
            }
        }

        return new LearningPortfolio(Student(school), cadres, courses, outcomes, performances, enrollment: history);
    }

    public static Term TermAt(int index) => new(AcademicYear.FromRocYear(112 + (index / 2)), (Semester)((index % 2) + 1));

    private static EnrollmentWalk BuildWalk((int Choice, int Gap)[] steps, int[] picks, int startOffset, int ending)
    {
        // The generator's own model of what may happen next.
        var first = new LocalDate(2022, 8, 1).PlusDays(startOffset);
        var date = first;
        var school = Schools[0];
        var status = 'E'; // E enrolled, S suspended, B borrowed
        SchoolCode host = default;
        var events = new List<EnrollmentEvent> { new(date, EnrollmentEventKind.Admit, school, null, "301") };
        for (var i = 0; i < steps.Length; i++)
        {
            date = date.PlusDays(steps[i].Gap);
            var other = Schools[picks[i]] == school ? Schools[(picks[i] + 1) % Schools.Length] : Schools[picks[i]];
            var choice = steps[i].Choice;
            switch (status)
            {
                case 'S':
                    events.Add(new(date, EnrollmentEventKind.Resume, school));
                    status = 'E';
                    break;
                case 'B':
                    events.Add(new(date, EnrollmentEventKind.BorrowedStudyEnd, school, choice % 2 == 0 ? host : null));
                    status = 'E';
                    break;
                default:
                    if (choice < 20)
                    {
                        events.Add(new(date, EnrollmentEventKind.Suspend, school));
                        status = 'S';
                    }
                    else if (choice < 40)
                    {
                        host = other;
                        events.Add(new(date, EnrollmentEventKind.BorrowedStudyStart, school, host));
                        status = 'B';
                    }
                    else if (choice < 65)
                    {
                        events.Add(new(date, EnrollmentEventKind.TransferOut, school, choice % 2 == 0 ? other : null));
                        var arrival = date.PlusDays(choice % 3 == 0 ? 0 : steps[i].Gap % 40);
                        events.Add(new(arrival, EnrollmentEventKind.TransferIn, other, school, "301"));
                        date = arrival;
                        school = other;
                    }
                    else if (choice < 80)
                    {
                        events.Add(new(date, EnrollmentEventKind.ProgrammeChange, school, null, "30" + (choice % 9)));
                    }
                    else
                    {
                        events.Add(new(date, EnrollmentEventKind.RepeatYear, school));
                    }

                    break;
            }
        }

        if (status == 'E' && ending == 1)
        {
            date = date.PlusDays(1);
            events.Add(new(date, EnrollmentEventKind.Graduate, school));
        }
        else if (status != 'B' && ending == 2)
        {
            date = date.PlusDays(1);
            events.Add(new(date, EnrollmentEventKind.Withdraw, school));
        }

        return new EnrollmentWalk(events, first, date);
    }

    private static TransferChain BuildChain(SchoolCode[] schools, int[] lengths, (int Kind, int Id, int Term, bool Flag)[][] seeds)
    {
        var stints = new List<SchoolStint>();
        var date = new LocalDate(2023, 8, 1);
        for (var i = 0; i < schools.Length; i++)
        {
            var start = date;
            var end = date.PlusDays(lengths[i]);
            var events = new List<EnrollmentEvent>
            {
                i == 0 ? new(start, EnrollmentEventKind.Admit, schools[i], null, "301") : new(start, EnrollmentEventKind.TransferIn, schools[i], schools[i - 1], "301"),
            };
            if (i < schools.Length - 1)
            {
                events.Add(new(end, EnrollmentEventKind.TransferOut, schools[i], schools[i + 1]));
            }

            stints.Add(new SchoolStint(schools[i], PortfolioFrom(schools[i], seeds[i], new EnrollmentHistory(events))));
            date = end;
        }

        return new TransferChain(stints);
    }

    private static MergeCase BuildMergeCase(SchoolCode receivingSchool, SchoolCode aSchool, SchoolCode bSchool, (int, int, int, bool)[] receivingSeeds, (int, int, int, bool)[] aSeeds, (int, int, int, bool)[] bSeeds, int edit)
    {
        var receiving = PortfolioFrom(receivingSchool, receivingSeeds, null);
        var a = ExchangePackage.Export(PortfolioFrom(aSchool, aSeeds, null), ExportInstant);
        // Same source exported again later with possibly edited titles: collisions on purpose.
        var b = ExchangePackage.Export(PortfolioFrom(bSchool, aSchool == bSchool ? aSeeds.Concat(bSeeds).ToArray() : bSeeds, null, edit == 0 ? "改過" : "報告"), ExportInstant.Plus(Duration.FromDays(30)));
        return new MergeCase(receiving, a, b);
    }
}

/// <summary>Arbitraries for <c>[Property(Arbitrary = …)]</c>.</summary>
public static class EnrollmentArbitraries
{
    public static Arbitrary<EnrollmentWalk> Walk() => EnrollmentGenerators.Walks().ToArbitrary();

    public static Arbitrary<TransferChain> Chain() => EnrollmentGenerators.Chains().ToArbitrary();

    public static Arbitrary<MergeCase> Merge() => EnrollmentGenerators.MergeCases().ToArbitrary();

    public static Arbitrary<Term> Term() => EnrollmentGenerators.Terms().ToArbitrary();
}
