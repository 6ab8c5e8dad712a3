using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>Whether one student's portfolio data may be deleted on a given date, and why.</summary>
/// <param name="Student">The student; prints masked.</param>
/// <param name="LeftOn">The leaving date (withdrawal, graduation or transfer out), or <see langword="null"/> when the student has not left.</param>
/// <param name="LeftBy">How the student left.</param>
/// <param name="DeletableFrom">The first date on which the data may be deleted, or <see langword="null"/> when never (not left, or no retention period set).</param>
/// <param name="IsDeletable">Whether the data may be deleted on the date asked about.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RetentionDecision(StudentKey Student, LocalDate? LeftOn, EnrollmentEventKind? LeftBy, LocalDate? DeletableFrom, bool IsDeletable);
