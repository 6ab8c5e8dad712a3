using StudentPortfolio.Calendar;

namespace StudentPortfolio.Bulk;

/// <summary>A record's <c>term</c> as two numbers; <see cref="Year"/> is 0 when absent or invalid.</summary>
/// <param name="Year">The ROC academic year, e.g. 114.</param>
/// <param name="Semester">1 or 2.</param>
internal readonly record struct TermFact(int Year, int Semester)
{
    public bool IsKnown => Year > 0;
}
