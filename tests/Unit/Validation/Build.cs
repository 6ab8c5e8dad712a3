using System.Text;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>Builders of small valid test portfolios.</summary>
internal static class Build
{
    public const string NationalIdText = "A123456789";
    public static readonly CourseCode Course = CourseCode.Parse("109041305H11101B1010101");
    public static readonly Term T1141 = Term.Parse("114-1");
    public static readonly Term T1142 = Term.Parse("114-2");
    public static readonly Term T1131 = Term.Parse("113-1");
    public static readonly Instant CertifiedAt = Instant.FromUtc(2026, 1, 10, 2, 0);

    public static StudentBasicData Student(int grade = 2) =>
        new(NationalId.Parse(NationalIdText), new LocalDate(2008, 5, 1), "王小明", SchoolCode.Parse("041305"), "S110001", "301", grade, "商二甲", 12);

    public static LearningPortfolio PortfolioOf(IEnumerable<CourseLearningOutcome>? outcomes = null, IEnumerable<MultiPerformanceItem>? performances = null, int grade = 2) =>
        new(Student(grade), outcomes: outcomes, performances: performances);

    public static MediaFile File(string name = "r.pdf", MediaType? type = null, long size = 1000) =>
        new(name, type ?? MediaType.Pdf, size, ContentHash.Compute(Encoding.UTF8.GetBytes(name + size)));

    /// <summary>A certified outcome (certified at <see cref="CertifiedAt"/> unless <paramref name="certifiedAt"/> is given).</summary>
    public static CourseLearningOutcome Outcome(string id, Term? term = null, bool selected = false, bool certified = true, string? description = null, IEnumerable<MediaFile>? files = null, Instant? certifiedAt = null)
    {
        var o = new CourseLearningOutcome(RecordId.Parse(id), term ?? T1141, Course, "報告 " + id, description ?? "課堂報告 " + id, files ?? [File()], isSelected: selected);
        return certified ? o.WithCertification(Certification.Certify("T001", certifiedAt ?? CertifiedAt, o.ContentHash)) : o;
    }

    public static IEnumerable<CourseLearningOutcome> Outcomes(int count, Term? term = null, bool selected = true, string prefix = "O") =>
        Enumerable.Range(1, count).Select(i => Outcome($"{prefix}{term ?? T1141}-{i}", term, selected));

    public static MultiPerformanceItem Performance(string id, Term? term = null, bool selected = false, PerformanceDetails? details = null, string? description = null, IEnumerable<MediaFile>? files = null) =>
        new(RecordId.Parse(id), term ?? T1141, details ?? new WorkDetails("作品 " + id, new LocalDate(2025, 10, 1)), description ?? "作品說明 " + id, files, isSelected: selected);

    public static IEnumerable<MultiPerformanceItem> Performances(int count, Term? term = null, bool selected = true, string prefix = "P") =>
        Enumerable.Range(1, count).Select(i => Performance($"{prefix}{term ?? T1141}-{i}", term, selected));
}
