using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision logic of the window rules over instants and dates. <see cref="Action"/> is the check the workflow
/// runs at each transition; <see cref="PortfolioValidator"/> runs it on the times the data carries, and
/// <see cref="CalendarValidator"/> runs the calendar checks.
/// </summary>
internal static class WindowChecks
{
    /// <summary>Returns whether a window's end is not after its start.</summary>
    public static bool EndsBeforeStart(Instant start, Instant end) => end <= start;

    /// <summary>Returns the earliest last open day of a term's student-upload window, or <see langword="null"/> when the rule does not apply.</summary>
    /// <param name="closingCeremony">The term's closing-ceremony date.</param>
    /// <param name="term">The term.</param>
    /// <param name="forGraduatingGrade">Whether the window is the graduating grade's.</param>
    /// <param name="rules">The policy's window rules.</param>
    public static LocalDate? EarliestUploadLastDay(LocalDate closingCeremony, Term term, bool forGraduatingGrade, WindowPolicy rules) =>
        forGraduatingGrade && term.Semester == Semester.Second && rules.ExemptGraduatingSecondSemester
            ? null
            : closingCeremony.PlusDays(rules.UploadDaysAfterClosingCeremony);

    /// <summary>Returns whether an upload window closes too soon after the closing ceremony.</summary>
    public static bool UploadClosesTooSoon(Instant end, LocalDate earliestLastDay) => TaipeiTime.LastOpenDay(end) < earliestLastDay;

    /// <summary>
    /// Returns the number of days a window is open, as the receipt-confirmation rule (<c>SP-W005</c>) counts them:
    /// the Taipei calendar dates the window touches (a window ending at midnight does not touch the next day), but
    /// never more than the started 24-hour periods of its length. So a window of N days must both touch N dates and
    /// last more than (N - 1) × 24 hours: 08:00 on the 2nd to 17:00 on the 4th (57 hours, 3 dates) is 3 days, while
    /// 23:30 on the 2nd to 00:30 on the 4th (25 hours, 3 dates) is 2.
    /// </summary>
    public static int DaysOpen(Instant start, Instant end)
    {
        if (end <= start)
        {
            return 0;
        }

        var dates = Period.DaysBetween(TaipeiTime.DateOf(start), TaipeiTime.LastOpenDay(end)) + 1;
        var ticks = (end - start).BclCompatibleTicks;
        var periods = (ticks + TimeSpan.TicksPerDay - 1) / TimeSpan.TicksPerDay;
        return (int)Math.Min(dates, periods);
    }

    /// <summary>Returns whether a student in <paramref name="grade"/> uses the graduating grade's windows in <paramref name="term"/>.</summary>
    public static bool IsGraduating(int grade, Term term, WindowPolicy rules) => grade == rules.GraduatingGrade && term.Semester == Semester.Second;

    /// <summary>
    /// Checks that an action of <paramref name="kind"/> for <paramref name="term"/> at <paramref name="at"/> falls inside the
    /// calendar's window. A graduating student may act in the graduating grade's window or, when none is published, the
    /// general one.
    /// </summary>
    /// <returns>A finding (<c>SP-W001</c> outside, <c>SP-W006</c> no window), or <see langword="null"/> when inside.</returns>
    public static RuleFinding? Action(SubmissionCalendar calendar, WindowKind kind, Term term, Instant at, bool graduating, string path, RecordId? recordId)
    {
        var general = calendar.Find(kind, term, forGraduatingGrade: false);
        var special = graduating ? calendar.Find(kind, term, forGraduatingGrade: true) : null;
        if (general is null && special is null)
        {
            return new RuleFinding(WindowRules.WindowMissing, path, recordId, [kind.ToString(), term.ToString()]);
        }

        if ((general is not null && general.Contains(at)) || (special is not null && special.Contains(at)))
        {
            return null;
        }

        var shown = special ?? general!;
        return new RuleFinding(
            WindowRules.ActionOutsideWindow,
            path,
            recordId,
            [kind.ToString(), term.ToString(), TaipeiTime.Format(at), TaipeiTime.Format(shown.Start), TaipeiTime.Format(shown.End)]);
    }
}
