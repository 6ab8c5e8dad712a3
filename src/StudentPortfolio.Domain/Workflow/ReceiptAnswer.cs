using StudentPortfolio.Enrollment;
using NodaTime;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Workflow;

/// <summary>A student's recorded answer to a receipt of one content kind.</summary>
/// <param name="Student">The student; prints masked.</param>
/// <param name="Kind">The receipt's content kind.</param>
/// <param name="Answer">Correct or incorrect.</param>
/// <param name="Reason">What is wrong, for <see cref="ReceiptAnswerKind.Incorrect"/>.</param>
/// <param name="AnsweredAt">When the student answered.</param>
/// <param name="AnsweredBy">The answering account.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReceiptAnswer(StudentKey Student, SubmissionContentKind Kind, ReceiptAnswerKind Answer, string? Reason, Instant AnsweredAt, string AnsweredBy);
