using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
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
    string? ReceiptPath)
{
    /// <summary>Returns the line's members with the student and every run shaped like a national ID (in a record id or the path) masked.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        ErrorText.Mask($"ReconciliationLine {{ Student = {Student}, Record = {Record}, Status = {Status}, SubmittedHash = {SubmittedHash}, ReceivedHash = {ReceivedHash}, ReceiptPath = {ReceiptPath} }}");
}
