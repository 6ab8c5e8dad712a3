using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Enrollment;

/// <summary>Which school submits one content kind of one term, and why.</summary>
/// <param name="Term">The term.</param>
/// <param name="Kind">The content kind.</param>
/// <param name="School">The responsible school, or <see langword="null"/> when no submission is due or it is unknown.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TermResponsibility(Term Term, SubmissionContentKind Kind, SchoolCode? School, ResponsibilityReason Reason)
{
    /// <summary>Gets a value indicating whether a submission is due for this term and kind.</summary>
    public bool IsDue => School is not null;
}
