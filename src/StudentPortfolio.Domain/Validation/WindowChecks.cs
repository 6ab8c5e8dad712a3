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

    /// <summary>Returns the number of Taipei calendar days a window touches (a window ending at midnight does not touch the next day).</summary>
    public static int DaysSpanned(Instant start, Instant end) =>
        end <= start ? 0 : Period.DaysBetween(TaipeiTime.DateOf(start), TaipeiTime.LastOpenDay(end)) + 1;

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
