using StudentPortfolio.Calendar;

namespace StudentPortfolio.Validation;

/// <summary>A record's <c>term</c> as two numbers; <see cref="Year"/> is 0 when absent or invalid.</summary>
/// <param name="Year">The ROC academic year, e.g. 114.</param>
/// <param name="Semester">1 or 2.</param>
internal readonly record struct TermFact(int Year, int Semester)
{
    /// <summary>Gets whether the term was present and valid.</summary>
    public bool IsKnown => Year > 0;

    /// <summary>Returns the fact of a term.</summary>
    public static TermFact Of(Term term) => new(term.Year.RocYear, (int)term.Semester);

    /// <summary>Reads a term in the form the submission format writes (<see cref="Term.ToString"/>), from UTF-8.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out TermFact fact)
    {
        fact = Term.TryParseCanonical(utf8, out var term) ? Of(term) : default;
        return fact.IsKnown;
    }

    /// <summary>Returns the term; only for a known fact.</summary>
    public Term ToTerm() => new(AcademicYear.FromRocYear(Year), (Semester)Semester);
}
