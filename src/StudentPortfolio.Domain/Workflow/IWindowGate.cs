using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>The one seam through which every transition checks its window.</summary>
internal interface IWindowGate
{
    /// <summary>Returns <see langword="null"/> when <paramref name="at"/> lies in the window, else the issue.</summary>
    ValidationIssue? Check(WindowKind window, Term term, Instant at, StudentKey? student, RecordId? record, string path);
}
