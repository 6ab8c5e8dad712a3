using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.PropertyTests.Generators;

/// <summary>A generated portfolio and a seed for shuffling its collections.</summary>
public sealed record PortfolioCase(LearningPortfolio Portfolio, int Seed)
{
    public override string ToString() =>
        $"{Portfolio.Outcomes.Count} outcome(s) [{string.Join(", ", Portfolio.Outcomes.Select(o => $"{o.Id}@{o.Term}{(o.IsSelected ? "*" : string.Empty)}"))}], " +
        $"{Portfolio.Performances.Count} performance(s) [{string.Join(", ", Portfolio.Performances.Select(p => $"{p.Id}@{p.Term}{(p.IsSelected ? "*" : string.Empty)}"))}], seed {Seed}";
}

/// <summary>A portfolio generated within a policy's limits.</summary>
public sealed record CompliantCase(LearningPortfolio Portfolio, PortfolioPolicy Policy)
{
    public override string ToString() => $"{Policy.Id}: {new PortfolioCase(Portfolio, 0)}";
}

/// <summary>Generators of portfolios: arbitrary ones (which may break any rule) and ones within a policy's limits.</summary>
public static class CompliantPortfolioGenerators
{
    private static readonly Term[] Terms = [Term.Parse("113-1"), Term.Parse("113-2"), Term.Parse("114-1"), Term.Parse("114-2")];
    private static readonly CourseCode Course = CourseCode.Parse("109041305H11101B1010101");
    private static readonly Instant At = Instant.FromUtc(2026, 1, 10, 2, 0);
    private static readonly LocalDate Day = new(2025, 10, 1);
    private static readonly long[] Sizes = [1, 1000, 4L * 1024 * 1024, (4L * 1024 * 1024) + 1, 10L * 1024 * 1024, (10L * 1024 * 1024) + 1];
    private static readonly MediaType[] Types = [MediaType.Pdf, MediaType.Jpeg, MediaType.Png, MediaType.Mp3, MediaType.Mp4, MediaType.Parse("image/gif")];

    public static StudentBasicData Student { get; } =
        new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1), "王小明", SchoolCode.Parse("041305"), "S110001", "301", 2, "商二甲", 12);

    /// <summary>Arbitrary portfolios: duplicate ids, uncertified selections, long or empty descriptions, bad files and dates all occur.</summary>
    public static Arbitrary<PortfolioCase> Arbitrary() =>
        (from outcomes in Gen.ListOf(AnyOutcome())
         from performances in Gen.ListOf(AnyPerformance())
         from seed in Gen.Choose(0, int.MaxValue)
         select new PortfolioCase(new LearningPortfolio(Student, outcomes: outcomes, performances: performances), seed)).ToArbitrary();

    /// <summary>Portfolios within the limits of the national, 白河 and 松山 presets.</summary>
    public static Arbitrary<CompliantCase> Compliant() =>
        (from policy in Gen.Elements(PolicyPresets.National, PolicyPresets.Baihe, PolicyPresets.Songshan)
         from outcomeCounts in Gen.ArrayOf(Gen.Choose(0, 6), Terms.Length)
         from selectedOutcomes in Gen.ArrayOf(Gen.Choose(0, 6), 2)
         from performanceCounts in Gen.ArrayOf(Gen.Choose(0, 5), Terms.Length)
         from selectedPerformances in Gen.ArrayOf(Gen.Choose(0, 10), 2)
         from descriptions in Gen.ArrayOf(Gen.Choose(1, 100), 64)
         from files in Gen.ArrayOf(GoodFile(), 64)
         from details in Gen.ArrayOf(GoodDetails(), 32)
         from seed in Gen.Choose(0, int.MaxValue)
         select BuildCompliant(policy, outcomeCounts, selectedOutcomes, performanceCounts, selectedPerformances, descriptions, files, details, seed)).ToArbitrary();

    /// <summary>Shuffles every collection of a portfolio with a seeded random order.</summary>
    public static LearningPortfolio Shuffle(LearningPortfolio portfolio, int seed)
    {
        var random = new Random(seed);
        var outcomes = portfolio.Outcomes.ToArray();
        var performances = portfolio.Performances.ToArray();
        var courses = portfolio.Courses.ToArray();
        var cadres = portfolio.Cadres.ToArray();
        random.Shuffle(outcomes);
        random.Shuffle(performances);
        random.Shuffle(courses);
        random.Shuffle(cadres);
        return new LearningPortfolio(portfolio.Student, cadres, courses, outcomes, performances, portfolio.Counselling, portfolio.Autobiography, portfolio.Enrollment);
    }

    private static Gen<CourseLearningOutcome> AnyOutcome() =>
        from id in Gen.Choose(1, 12)
        from term in Gen.Elements(Terms)
        from title in Gen.Elements("報告", "作品", "實驗")
        from length in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 100)), (2, Gen.Choose(101, 110)))
        from files in AnyFiles()
        from status in Gen.Elements(CertificationStatus.Pending, CertificationStatus.Certified, CertificationStatus.Certified, CertificationStatus.Rejected)
        from selected in Gen.Elements(true, true, false)
        select Outcome($"O{id}", term, title, new string('學', length), files, status, selected);

    private static Gen<MultiPerformanceItem> AnyPerformance() =>
        from id in Gen.Choose(1, 15)
        from term in Gen.Elements(Terms)
        from details in Gen.OneOf(
            GoodDetails(),
            Gen.Constant<PerformanceDetails>(new ServiceLearningDetails("淨灘", "協會", Day.PlusDays(3), Day, 4)),
            Gen.Constant<PerformanceDetails>(new CompetitionDetails(null, null, null, null, null, null)),
            Gen.Constant<PerformanceDetails>(new WorkDetails("  ", Day)))
        from length in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 100)), (2, Gen.Choose(101, 110)))
        from files in AnyFiles()
        from selected in Gen.Elements(true, true, false)
        select new MultiPerformanceItem(RecordId.Parse($"P{id}"), term, details, new string('表', length), files, null, selected);

    // Named after the type (f.pdf, f.jpg, ...) or, now and then, an executable passed off as the type (SP-C010).
    private static Gen<MediaFile> AnyFile() =>
        from type in Gen.Elements(Types)
        from size in Gen.Elements(Sizes)
        from name in Gen.Frequency((4, Gen.Constant(NameOf(type))), (1, Gen.Constant("setup.exe")))
        select new MediaFile(name, type, size, ContentHash.Compute(Encoding.UTF8.GetBytes($"{type}{size}")));

    // One to three files per item: a second document or audio/video file breaks the presets' one-per-item limit.
    private static Gen<MediaFile[]> AnyFiles() =>
        from count in Gen.Frequency((6, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from files in Gen.ArrayOf(AnyFile(), count)
        select files;

    private static Gen<MediaFile> GoodFile() =>
        from type in Gen.Elements(Types.Take(5).ToArray())
        from size in Gen.Choose(0, 4 * 1024 * 1024)
        select new MediaFile(NameOf(type), type, size, ContentHash.Compute(Encoding.UTF8.GetBytes($"{type}{size}")));

    private static string NameOf(MediaType type) => MediaRule.DefaultExtensions(type) is [var extension, ..] ? "f." + extension : "f";

    private static Gen<PerformanceDetails> GoodDetails()
    {
        var d = Day;
        PerformanceDetails[] all =
        [
            new CadreDetails("商二甲", d, d.PlusDays(30), "班長", CadreLevel.Class),
            new CompetitionDetails("全國技藝競賽", null, null, null, d, null),
            new CertificateDetails("C001", null, null, d, null, null),
            new ServiceLearningDetails("淨灘", "環保協會", d, d, 4),
            new FlexibleLearningDetails(null, "自主學習", null, Terms[2], null, null),
            new GroupActivityDetails(null, null, "社團", Terms[2], null),
            new WorkplaceLearningDetails(null, "銀行", "實習生", d, d.PlusDays(5), null),
            new WorkDetails("作品", d),
            new AdvancedCourseDetails(null, "大學", "微積分", d, null, null, null),
            new OtherPerformanceDetails("志工", null, d, null, null),
        ];
        return Gen.Elements(all);
    }

    private static CourseLearningOutcome Outcome(string id, Term term, string title, string description, MediaFile[] files, CertificationStatus status, bool selected)
    {
        var o = new CourseLearningOutcome(RecordId.Parse(id), term, Course, title, description, files, isSelected: selected);
        return status switch
        {
            CertificationStatus.Certified => o.WithCertification(Certification.Certify("T001", At, o.ContentHash)),
            CertificationStatus.Rejected => o.WithCertification(Certification.Reject("T001", At, "非本課程")),
            _ => o,
        };
    }

    private static CompliantCase BuildCompliant(
        PortfolioPolicy policy, int[] outcomeCounts, int[] selectedOutcomes, int[] performanceCounts, int[] selectedPerformances,
        int[] descriptions, MediaFile[] files, PerformanceDetails[] details, int seed)
    {
        var outcomes = new List<CourseLearningOutcome>();
        var performances = new List<MultiPerformanceItem>();
        var n = 0;
        for (var year = 0; year < 2; year++)
        {
            var toSelect = selectedOutcomes[year];
            var performancesToSelect = selectedPerformances[year];
            for (var s = 0; s < 2; s++)
            {
                var t = (year * 2) + s;
                for (var i = 0; i < outcomeCounts[t]; i++, n++)
                {
                    var selected = toSelect-- > 0;
                    var status = selected || n % 3 != 0 ? CertificationStatus.Certified : CertificationStatus.Pending;
                    var description = string.Concat(Enumerable.Repeat("學a", 50))[..descriptions[n % descriptions.Length]];
                    outcomes.Add(Outcome($"O{n}", Terms[t], $"成果{n}", description, [files[n % files.Length]], status, selected));
                }

                for (var i = 0; i < performanceCounts[t]; i++, n++)
                {
                    var description = new string('表', descriptions[n % descriptions.Length]);
                    performances.Add(new MultiPerformanceItem(RecordId.Parse($"P{n}"), Terms[t], details[n % details.Length], description, [files[n % files.Length]], null, performancesToSelect-- > 0));
                }
            }
        }

        var portfolio = Shuffle(new LearningPortfolio(Student, outcomes: outcomes, performances: performances), seed);
        return new CompliantCase(portfolio, policy);
    }
}
