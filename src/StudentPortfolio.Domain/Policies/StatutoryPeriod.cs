using NodaTime;

namespace StudentPortfolio.Policies;

/// <summary>
/// Period counting as the statutes count it (民法 第120條第2項、第121條; 行政程序法 第48條): the day of the event is
/// not counted, so a period in years starting from an event on day D runs from D + 1 and ends at the end of the day
/// before the day in the last year that corresponds to D + 1.
/// </summary>
internal static class StatutoryPeriod
{
    /// <summary>Returns the first day after a period that starts from an event on <paramref name="eventDay"/>.</summary>
    /// <param name="eventDay">The day of the event (not counted).</param>
    /// <param name="period">The period in date units.</param>
    /// <returns>The first day outside the period: (event day + 1 day) + period.</returns>
    public static LocalDate FirstDayAfter(LocalDate eventDay, Period period) => eventDay.PlusDays(1).Plus(period);
}
