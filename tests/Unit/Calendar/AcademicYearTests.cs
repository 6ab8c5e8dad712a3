using NodaTime;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.UnitTests.Calendar;

public class AcademicYearTests
{
    [Fact]
    public void Roc_year_114_runs_from_1_August_2025_to_31_July_2026()
    {
        var year = AcademicYear.FromRocYear(114);

        Assert.Equal(2025, year.StartGregorianYear);
        Assert.Equal(new LocalDate(2025, 8, 1), year.Start);
        Assert.Equal(new LocalDate(2026, 7, 31), year.End);
        Assert.Equal(year, AcademicYear.FromGregorianStartYear(2025));
    }

    [Theory]
    [InlineData(2025, 7, 31, 113)]
    [InlineData(2025, 8, 1, 114)]
    [InlineData(2026, 1, 31, 114)]
    [InlineData(2026, 2, 1, 114)]
    [InlineData(2026, 7, 31, 114)]
    [InlineData(2026, 8, 1, 115)]
    public void Year_changes_on_1_August(int y, int m, int d, int expectedRoc)
    {
        Assert.Equal(expectedRoc, AcademicYear.Containing(new LocalDate(y, m, d)).RocYear);
    }

    [Theory]
    [InlineData("114", 114)]
    [InlineData("1", 1)]
    [InlineData("999", 999)]
    public void Parse_reads_roc_years(string text, int roc)
    {
        Assert.Equal(roc, AcademicYear.Parse(text).RocYear);
        Assert.Equal(text, AcademicYear.Parse(text).ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000")]
    [InlineData("11a")]
    [InlineData("")]
    [InlineData("-1")]
    public void Parse_rejects_non_roc_years(string text)
    {
        Assert.False(AcademicYear.TryParse(text, out _));
        Assert.Throws<FormatException>(() => AcademicYear.Parse(text));
    }

    [Fact]
    public void FromRocYear_rejects_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AcademicYear.FromRocYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcademicYear.FromRocYear(1000));
    }

    [Fact]
    public void Years_are_ordered()
    {
        var a = AcademicYear.FromRocYear(113);
        var b = a.Next;

        Assert.True(a < b);
        Assert.Equal(114, b.RocYear);
        Assert.Equal(a, b.Previous);
    }
}
