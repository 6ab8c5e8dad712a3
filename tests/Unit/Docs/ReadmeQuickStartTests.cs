using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Docs;

/// <summary>Runs the README's quick-start example and checks what its comments promise.</summary>
public class ReadmeQuickStartTests
{
    [Fact]
    public void Quick_start_example_behaves_as_documented()
    {
        var id = NationalId.Parse("A123456789");
        Assert.Equal("A12****789", id.ToString());
        var term = Term.Containing(new LocalDate(2026, 1, 20));
        Assert.Equal("114-1", term.ToString());
        var student = new StudentBasicData(id, new LocalDate(2008, 5, 1), "王小明", SchoolCode.Parse("041305"),
            "S110001", "301", grade: 2, className: "商二甲", seat: 12);
        var outcome = new CourseLearningOutcome(RecordId.Parse("O1"), term, CourseCode.Parse("109041305H11101B1010101"),
            "期末專題", "以 Python 分析校園用電", isSelected: true);

        var report = new PortfolioValidator(PolicyPresets.Songshan).Validate(new LearningPortfolio(student, outcomes: [outcome]));

        var issue = Assert.Single(report.Issues);
        Assert.Equal("SP-S001", issue.Code);
        Assert.StartsWith("SP-S001 Error A12****789/2008-05-01 O1 $.outcomes[0]", issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("not certified", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_shows_the_two_commands()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));

        Assert.Contains("dotnet run --project samples/StudentPortfolio.Samples.Validator -- validate samples/data/submission-114-1.json", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_links_are_absolute_so_they_work_on_the_package_page()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));

        var relative = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?!https?://|#|mailto:)[^)]+\)").Select(m => m.Value).ToList();

        Assert.Empty(relative);
    }
}
