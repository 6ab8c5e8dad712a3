using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Reconciles a submission batch against the receipt (收訖明細): every batch entry is received (the receipt has
/// the record, with the same content hash or without a hash), changed (a different hash) or missing; every receipt
/// row that is not in the batch is unexpected. Students are matched by 身分證號 + 出生日期, records by identifier.
/// </summary>
public static class ReceiptReconciler
{
    /// <summary>Reconciles <paramref name="batch"/> against <paramref name="receipt"/>.</summary>
    /// <param name="batch">What was submitted.</param>
    /// <param name="receipt">What the central database says it received.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReconciliationReport Reconcile(SubmissionBatch batch, ReceiptDocument receipt)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(receipt);
        var header = new List<ValidationIssue>();
        if (receipt.Kind != batch.Kind)
        {
            header.Add(new ValidationIssue(WorkflowRules.ReceiptDoesNotMatchBatch, null, null, "$.kind", ["kind", receipt.Kind.ToString(), batch.Kind.ToString()]));
        }

        var received = new Dictionary<(StudentKey, RecordId), ReceiptRecord>();
        var lines = new List<ReconciliationLine>();
        var unidentified = new List<ReconciliationLine>();
        foreach (var student in receipt.Students)
        {
            foreach (var row in student.Records)
            {
                // A row without an identifier, or a second copy of a record (not something we submitted), is unexpected.
                if (row.Record is not { } record || !received.TryAdd((student.Student, record), row))
                {
                    unidentified.Add(new ReconciliationLine(student.Student, row.Record, ReconciliationStatus.Unexpected, null, row.ContentHash, row.Path));
                }
            }
        }

        foreach (var entry in batch.Entries)
        {
            if (!received.Remove((entry.Student, entry.Record), out var row))
            {
                lines.Add(new ReconciliationLine(entry.Student, entry.Record, ReconciliationStatus.Missing, entry.ContentHash, null, null));
            }
            else
            {
                var status = row.ContentHash is { } hash && hash != entry.ContentHash ? ReconciliationStatus.Changed : ReconciliationStatus.Received;
                lines.Add(new ReconciliationLine(entry.Student, entry.Record, status, entry.ContentHash, row.ContentHash, row.Path));
            }
        }

        foreach (var ((student, record), row) in received)
        {
            lines.Add(new ReconciliationLine(student, record, ReconciliationStatus.Unexpected, null, row.ContentHash, row.Path));
        }

        lines.Sort(static (a, b) =>
        {
            var c = a.Student.CompareTo(b.Student);
            return c != 0 ? c : Nullable.Compare(a.Record, b.Record);
        });
        lines.AddRange(unidentified);
        return new ReconciliationReport(batch, receipt, lines, header);
    }
}
