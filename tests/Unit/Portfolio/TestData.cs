using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Portfolio;

internal static class TestData
{
    public static readonly SchoolCode School = SchoolCode.Parse("041305");
    public static readonly Term Term = Term.Parse("114-1");
    public static readonly CourseCode Course = CourseCode.Parse("109041305H11101B1010101");

    public static StudentBasicData Student(string id = "A123456789") =>
        new(NationalId.Parse(id), new LocalDate(2008, 5, 1), "王小明", School, "S110001", "301", 2, "商二甲", 12);

    public static MediaFile Pdf(string name = "report.pdf", long size = 1_000_000) =>
        new(name, MediaType.Pdf, size, ContentHash.Compute(System.Text.Encoding.UTF8.GetBytes(name)));
}
