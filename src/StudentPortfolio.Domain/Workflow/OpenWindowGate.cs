using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>The gate used when no calendar is given: every window is open.</summary>
internal sealed class OpenWindowGate : IWindowGate
{
    public static readonly OpenWindowGate Instance = new();

    public ValidationIssue? Check(WindowKind window, Term term, Instant at, StudentKey? student, RecordId? record, string path) => null;
}
