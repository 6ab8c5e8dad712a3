using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Workflow;

/// <summary>A check staff recorded for a student in a term (the registrar's semester re-check of basic data, or the autobiography check).</summary>
/// <param name="Student">The student; prints masked.</param>
/// <param name="Kind">What was checked.</param>
/// <param name="Term">The term.</param>
/// <param name="CheckedBy">The staff account.</param>
/// <param name="CheckedAt">When.</param>
/// <param name="OnBehalfOf">The office holder when a proxy checked.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RecordCheck(StudentKey Student, RecordCheckKind Kind, Term Term, string CheckedBy, Instant CheckedAt, string? OnBehalfOf);
