using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.UnitTests.Enrollment;

/// <summary>Shared test data: two schools, a student, and record builders.</summary>
internal static class EnrollmentFixtures
{
    public static readonly SchoolCode OldSchool = SchoolCode.Parse("041305");
    public static readonly SchoolCode NewSchool = SchoolCode.Parse("191305");
    public static readonly SchoolCode HostSchool = SchoolCode.Parse("801M01");
    public static readonly NationalId Id = NationalId.Parse("A123456789");
    public static readonly LocalDate Birth = new(2008, 5, 1);

    public static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static Term T(string s) => Term.Parse(s);

    public static EnrollmentEvent E(LocalDate date, EnrollmentEventKind kind, SchoolCode school, SchoolCode? counterpart = null, string? programme = null) =>
        new(date, kind, school, counterpart, programme);

    public static EnrollmentEvent Admit(LocalDate date, SchoolCode school) => E(date, EnrollmentEventKind.Admit, school, programme: "301");

    public static CourseCode Code(SchoolCode school) => CourseCode.Parse($"113{school}H11101B1010101");

    public static StudentBasicData Student(SchoolCode school) =>
        new(Id, Birth, "王小明", school, "S110001", "301", 2, "商二甲", 12);

    public static CourseRecord Course(string id, string term, SchoolCode school, CourseRecordKind kind = CourseRecordKind.Regular, CourseOrigin? origin = null) =>
        new(RecordId.Parse(id), T(term), Code(school), "國語文", 4, 87.5m, kind, origin);

    public static CourseLearningOutcome Outcome(string id, string term, SchoolCode school, bool certified = true, bool selected = false, CourseRecordKind kind = CourseRecordKind.Regular, CourseOrigin? origin = null)
    {
        var o = new CourseLearningOutcome(RecordId.Parse(id), T(term), Code(school), "報告", "閱讀心得", null, null, selected, kind, origin);
        return certified ? o.WithCertification(Certification.Certify("T001", Instant.FromUtc(2025, 1, 10, 2, 0), o.ContentHash)) : o;
    }

    public static MultiPerformanceItem Performance(string id, string term, bool selected = false) =>
        new(RecordId.Parse(id), T(term), new WorkDetails("作品", D(2024, 11, 2)), "作品說明", isSelected: selected);

    public static CadreRecord Cadre(string id, string term) => new(RecordId.Parse(id), T(term), CadreLevel.Class, "商二甲", "班長");

    /// <summary>Admitted at the old school on 2024-08-01, transferred to the new school on 2025-03-01.</summary>
    public static EnrollmentHistory TransferHistory() => EnrollmentHistory.Create(
    [
        Admit(D(2024, 8, 1), OldSchool),
        E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool, NewSchool),
        E(D(2025, 3, 1), EnrollmentEventKind.TransferIn, NewSchool, OldSchool, "301"),
    ]);
}
