using FsCheck.Xunit;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Calendar;

[Properties(Arbitrary = new[] { typeof(ValueGenerators) }, MaxTest = 300)]
public class TermProperties
{
    [Property]
    public bool Parse_of_ToString_round_trips(Term term) => Term.Parse(term.ToString()) == term;

    [Property]
    public bool Every_date_lies_in_the_term_and_year_that_contain_it(LocalDate date)
    {
        var term = Term.Containing(date);
        return term.Contains(date) && term.Year.Contains(date) && AcademicYear.Containing(date) == term.Year;
    }

    [Property]
    public bool Consecutive_terms_tile_the_calendar(Term term) =>
        term.Year.RocYear >= 999 || (term.End.PlusDays(1) == term.Next.Start && term.Next.Previous == term);

    [Property]
    public bool Term_instants_bracket_the_term_in_Taipei(Term term) =>
        TaipeiTime.DateOf(term.StartInstant) == term.Start
        && TaipeiTime.DateOf(term.EndInstant - Duration.Epsilon) == term.End;

    [Property]
    public bool Academic_year_round_trips_through_roc_and_gregorian(Term term) =>
        AcademicYear.FromGregorianStartYear(term.Year.StartGregorianYear) == term.Year
        && AcademicYear.Parse(term.Year.ToString()) == term.Year;
}
