using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>One line of a <see cref="ReconciliationReport"/>.</summary>
/// <param name="Student">The student; prints masked.</param>
/// <param name="Record">The record; <see langword="null"/> for a receipt row without an identifier.</param>
/// <param name="Status">What was found.</param>
/// <param name="SubmittedHash">The hash in the batch, when the batch has the record.</param>
/// <param name="ReceivedHash">The hash in the receipt, when the receipt row carries one.</param>
/// <param name="ReceiptPath">The JSON path of the receipt row, when the receipt has it.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReconciliationLine(
    StudentKey Student,
    RecordId? Record,
    ReconciliationStatus Status,
    ContentHash? SubmittedHash,
    ContentHash? ReceivedHash,
    string? ReceiptPath);
