using NodaTime;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.UnitTests.Calendar;

public class TermTests
{
    [Theory]
    [InlineData(2025, 7, 31, "113-2")]
    [InlineData(2025, 8, 1, "114-1")]
    [InlineData(2026, 1, 31, "114-1")]
    [InlineData(2026, 2, 1, "114-2")]
    [InlineData(2026, 7, 31, "114-2")]
    public void Term_boundaries_are_1_August_and_1_February(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, Term.Containing(new LocalDate(y, m, d)).ToString());
    }

    [Fact]
    public void Semester_dates_match_the_regulation()
    {
        var first = Term.Parse("114-1");
        var second = Term.Parse("114-2");

        Assert.Equal(new LocalDate(2025, 8, 1), first.Start);
        Assert.Equal(new LocalDate(2026, 1, 31), first.End);
        Assert.Equal(new LocalDate(2026, 2, 1), second.Start);
        Assert.Equal(new LocalDate(2026, 7, 31), second.End);
        Assert.Equal(second, first.Next);
        Assert.Equal(first, second.Previous);
        Assert.Equal(Term.Parse("115-1"), second.Next);
    }

    [Fact]
    public void Instants_are_midnight_in_Taipei()
    {
        var term = Term.Parse("114-1");

        Assert.Equal(Instant.FromUtc(2025, 7, 31, 16, 0), term.StartInstant);
        Assert.Equal(Instant.FromUtc(2026, 1, 31, 16, 0), term.EndInstant);
        Assert.Equal(term, Term.Containing(Instant.FromUtc(2026, 1, 31, 15, 59)));
        Assert.Equal(term.Next, Term.Containing(Instant.FromUtc(2026, 1, 31, 16, 0)));
    }

    [Theory]
    [InlineData("114")]
    [InlineData("114-3")]
    [InlineData("114-12")]
    [InlineData("-1")]
    [InlineData("0-1")]
    [InlineData("114_1")]
    public void Malformed_terms_are_rejected(string text)
    {
        Assert.False(Term.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Term.Parse(text));
        Assert.Contains("114-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_rejects_default_year_and_unknown_semester()
    {
        Assert.Throws<ArgumentException>(() => new Term(default, Semester.First));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Term(AcademicYear.FromRocYear(114), (Semester)3));
    }

    [Fact]
    public void Terms_order_by_year_then_semester()
    {
        Assert.True(Term.Parse("113-2") < Term.Parse("114-1"));
        Assert.True(Term.Parse("114-1") < Term.Parse("114-2"));
    }

    [Theory]
    [InlineData(114, 1, "114-1")]
    [InlineData(1, 2, "1-2")]
    [InlineData(999, 1, "999-1")]
    public void A_term_is_built_from_the_roc_year_and_semester_a_database_stores(int year, int semester, string expected) =>
        Assert.Equal(Term.Parse(expected), Term.FromRocYear(year, semester));

    [Theory]
    [InlineData(0, 1, "rocYear")]
    [InlineData(1000, 1, "rocYear")]
    [InlineData(114, 0, "semester")]
    [InlineData(114, 3, "semester")]
    public void A_roc_year_or_semester_out_of_range_is_rejected_naming_it(int year, int semester, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Term.FromRocYear(year, semester));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void The_term_after_999_2_does_not_exist_and_says_so_with_a_typed_error()
    {
        var last = Term.Parse("999-2");

        var error = Assert.Throws<InvalidOperationException>(() => last.Next);

        Assert.Contains("999-2", error.Message, StringComparison.Ordinal);
        Assert.Equal(Term.Parse("999-2"), Term.Parse("999-1").Next);
        Assert.Equal(Term.Parse("999-1"), last.Previous);
    }

    [Fact]
    public void The_term_before_1_1_does_not_exist_and_says_so_with_a_typed_error()
    {
        Assert.Throws<InvalidOperationException>(() => Term.Parse("1-1").Previous);
        Assert.Equal(Term.Parse("1-1"), Term.Parse("1-2").Previous);
    }

    [Fact]
    public void Academic_years_past_the_ends_are_typed_errors()
    {
        Assert.Throws<InvalidOperationException>(() => AcademicYear.FromRocYear(AcademicYear.MaxRocYear).Next);
        Assert.Throws<InvalidOperationException>(() => AcademicYear.FromRocYear(AcademicYear.MinRocYear).Previous);
        Assert.Throws<InvalidOperationException>(() => default(AcademicYear).Next);
        Assert.Equal(AcademicYear.FromRocYear(999), AcademicYear.FromRocYear(998).Next);
    }

    [Theory]
    [InlineData("114-1", true)]
    [InlineData("1-2", true)]
    [InlineData("014-1", true)]
    [InlineData("114-3", false)]
    [InlineData("1141", false)]
    [InlineData(" 114-1", false)]
    [InlineData("114-1 ", false)]
    [InlineData("\uff11\uff11\uff14-1", false)]
    [InlineData("0-1", false)]
    [InlineData("1000-1", false)]
    public void Text_and_utf8_parsing_accept_the_same_terms(string text, bool valid)
    {
        Assert.Equal(valid, Term.TryParse(text, out var fromText));
        Assert.Equal(valid, Term.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(fromText, fromUtf8);
    }
}
