using StudentPortfolio.Identity;

namespace StudentPortfolio.Enrollment;

/// <summary>Which school submits one record, and why.</summary>
/// <param name="School">The responsible school, or <see langword="null"/> when the history does not say.</param>
/// <param name="Reason">Why.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct RecordResponsibility(SchoolCode? School, ResponsibilityReason Reason);
