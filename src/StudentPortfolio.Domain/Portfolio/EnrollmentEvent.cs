using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>One enrollment (學籍異動) event of a student.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnrollmentEvent
{
    /// <summary>Creates an enrollment event.</summary>
    /// <param name="date">The effective date (學籍異動日期).</param>
    /// <param name="kind">The kind of event.</param>
    /// <param name="school">The school recording the event (the school of record at that moment).</param>
    /// <param name="counterpartSchool">The other school: previous school (transfer in), receiving school (transfer out) or host school (borrowed study).</param>
    /// <param name="programme">The programme or department after the event, when it changes or is set.</param>
    /// <exception cref="ArgumentException"><paramref name="school"/> or <paramref name="counterpartSchool"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public EnrollmentEvent(LocalDate date, EnrollmentEventKind kind, SchoolCode school, SchoolCode? counterpartSchool = null, string? programme = null)
    {
        Guard.NotDefault(school);
        if (counterpartSchool is { IsDefault: true })
        {
            throw new ArgumentException("The counterpart school must not be the default value.", nameof(counterpartSchool));
        }

        Date = date;
        Kind = Guard.Defined(kind);
        School = school;
        CounterpartSchool = counterpartSchool;
        Programme = programme;
    }

    /// <summary>Gets the effective date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind of event.</summary>
    public EnrollmentEventKind Kind { get; }

    /// <summary>Gets the school recording the event.</summary>
    public SchoolCode School { get; }

    /// <summary>Gets the other school involved, if any.</summary>
    public SchoolCode? CounterpartSchool { get; }

    /// <summary>Gets the programme after the event, if set.</summary>
    public string? Programme { get; }
}
