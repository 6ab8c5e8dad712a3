using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The window gate backed by the school's <see cref="SubmissionCalendar"/>: runs the calendar's action check
/// (<c>SP-W001</c> outside the window; <c>SP-W006</c> when the school published no such window, which also blocks:
/// deny by default).
/// </summary>
internal sealed class CalendarWindowGate(SubmissionCalendar calendar, Func<StudentKey, Term, bool>? isGraduating) : IWindowGate
{
    public ValidationIssue? Check(WindowKind window, Term term, Instant at, StudentKey? student, RecordId? record, string path)
    {
        var graduating = student is { } key && isGraduating is not null && isGraduating(key, term);
        var finding = WindowChecks.Action(calendar, window, term, at, graduating, path, record);
        return finding?.ToIssue(student, "$");
    }
}
