using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The one seam through which every transition checks its window, backed by the school's
/// <see cref="SubmissionCalendar"/>: runs the calendar's action check (<c>SP-W001</c> outside the window;
/// <c>SP-W006</c> when the school published no such window, which also blocks: deny by default). Without a calendar
/// every window is open.
/// </summary>
internal sealed class WindowGate(SubmissionCalendar? calendar, Func<StudentKey, Term, bool>? isGraduating)
{
    /// <summary>Returns <see langword="null"/> when <paramref name="at"/> lies in the window, else the issue.</summary>
    public ValidationIssue? Check(WindowKind window, Term term, Instant at, StudentKey? student, RecordId? record, string path)
    {
        if (calendar is null)
        {
            return null;
        }

        var graduating = student is { } key && isGraduating is not null && isGraduating(key, term);
        var finding = WindowChecks.Action(calendar, window, term, at, graduating, path, record);
        return finding?.ToIssue(student, "$");
    }
}
