using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.UnitTests.Portfolio;

public class LearningPortfolioTests
{
    [Fact]
    public void ToString_shows_only_the_masked_key()
    {
        var portfolio = new LearningPortfolio(TestData.Student());

        Assert.Equal("Portfolio of A12****789/2008-05-01", portfolio.ToString());
        Assert.Equal("Student A12****789/2008-05-01", portfolio.Student.ToString());
        Assert.DoesNotContain("A123456789", portfolio.Student.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Portfolios_with_equal_content_are_equal()
    {
        LearningPortfolio Make() => new(
            TestData.Student(),
            performances: [new MultiPerformanceItem(RecordId.Parse("P1"), TestData.Term, new WorkDetails("作品", new LocalDate(2025, 10, 1)), "說明")]);

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
    }

    [Fact]
    public void Performance_category_follows_its_details()
    {
        var item = new MultiPerformanceItem(RecordId.Parse("P1"), TestData.Term, new CompetitionDetails("科展", "化學", null, "佳作", null, false), "說明");

        Assert.Equal(PerformanceCategory.Competition, item.Category);
    }

    [Theory]
    [InlineData("ftp://example.org/x")]
    [InlineData("file:///etc/passwd")]
    public void Performance_links_must_be_http(string link)
    {
        Assert.Throws<ArgumentException>(() =>
            new MultiPerformanceItem(RecordId.Parse("P1"), TestData.Term, new WorkDetails("作品", null), "說明", link: new Uri(link)));
    }

    [Fact]
    public void Grade_and_seat_are_range_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StudentBasicData(
            TestData.Student().NationalId, new LocalDate(2008, 5, 1), "王", TestData.School, "S1", "301", 5, "甲", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StudentBasicData(
            TestData.Student().NationalId, new LocalDate(2008, 5, 1), "王", TestData.School, "S1", "301", 1, "甲", 0));
    }
}
