using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>One submitted record of a <see cref="SubmissionBatch"/>: the student, the record and its content hash.</summary>
/// <param name="Student">The student; prints masked.</param>
/// <param name="Record">The record identifier.</param>
/// <param name="ContentHash">The content hash as submitted.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BatchEntry(StudentKey Student, RecordId Record, ContentHash ContentHash);
