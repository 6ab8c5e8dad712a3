using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The result of reconciling a <see cref="SubmissionBatch"/> against its <see cref="ReceiptDocument"/>: one line
/// per record (received, missing, unexpected, changed), sorted by student and record, plus any mismatch between
/// the two documents' headers.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReconciliationReport
{
    private readonly ValueList<ReconciliationLine> _lines;
    private readonly ValueList<ValidationIssue> _headerIssues;
    private readonly Dictionary<(StudentKey, RecordId), ReconciliationLine> _byRecord;

    internal ReconciliationReport(SubmissionBatch batch, ReceiptDocument receipt, IEnumerable<ReconciliationLine> lines, IEnumerable<ValidationIssue> headerIssues)
    {
        Batch = batch;
        Receipt = receipt;
        _lines = ValueList<ReconciliationLine>.From(lines, nameof(lines));
        _headerIssues = ValueList<ValidationIssue>.From(headerIssues, nameof(headerIssues));
        _byRecord = [];
        foreach (var line in _lines)
        {
            if (line.Record is { } record)
            {
                _byRecord.TryAdd((line.Student, record), line);
            }

            switch (line.Status)
            {
                case ReconciliationStatus.Received: ReceivedCount++; break;
                case ReconciliationStatus.Missing: MissingCount++; break;
                case ReconciliationStatus.Unexpected: UnexpectedCount++; break;
                default: ChangedCount++; break;
            }
        }
    }

    /// <summary>Gets the batch.</summary>
    public SubmissionBatch Batch { get; }

    /// <summary>Gets the receipt.</summary>
    public ReceiptDocument Receipt { get; }

    /// <summary>Gets the lines, sorted by student, then record (rows without an identifier last).</summary>
    public IReadOnlyList<ReconciliationLine> Lines => _lines;

    /// <summary>Gets header mismatches (<c>SP-F023</c>), e.g. a receipt of another kind.</summary>
    public IReadOnlyList<ValidationIssue> HeaderIssues => _headerIssues;

    /// <summary>Gets the number of records received unchanged.</summary>
    public int ReceivedCount { get; }

    /// <summary>Gets the number of submitted records missing from the receipt.</summary>
    public int MissingCount { get; }

    /// <summary>Gets the number of receipt rows not in the batch.</summary>
    public int UnexpectedCount { get; }

    /// <summary>Gets the number of records whose content differs.</summary>
    public int ChangedCount { get; }

    /// <summary>Gets a value indicating whether everything submitted was received unchanged and nothing else (and the headers match).</summary>
    public bool IsComplete => MissingCount == 0 && UnexpectedCount == 0 && ChangedCount == 0 && _headerIssues.Count == 0;

    /// <summary>Returns the line of a record, if the batch or the receipt has it.</summary>
    /// <param name="student">The student.</param>
    /// <param name="record">The record.</param>
    /// <returns>The line, or <see langword="null"/>.</returns>
    public ReconciliationLine? Find(StudentKey student, RecordId record) => _byRecord.GetValueOrDefault((student, record));

    /// <summary>
    /// Returns the findings as rule issues: <c>SP-F020</c> missing, <c>SP-F021</c> unexpected, <c>SP-F022</c>
    /// changed, <c>SP-F023</c> header mismatch. Received lines produce no issue.
    /// </summary>
    /// <returns>The report.</returns>
    public ValidationReport ToValidationReport()
    {
        var issues = new List<ValidationIssue>(_headerIssues);
        var kind = Batch.Kind.ToString();
        foreach (var line in _lines)
        {
            var record = line.Record?.ToString() ?? "-";
            var path = line.ReceiptPath ?? "$";
            switch (line.Status)
            {
                case ReconciliationStatus.Missing or ReconciliationStatus.Unexpected:
                    var rule = line.Status == ReconciliationStatus.Missing ? WorkflowRules.MissingFromReceipt : WorkflowRules.UnexpectedInReceipt;
                    issues.Add(new ValidationIssue(rule, line.Student, line.Record, path, [record, kind]));
                    break;
                case ReconciliationStatus.Changed:
                    issues.Add(new ValidationIssue(WorkflowRules.ChangedInReceipt, line.Student, line.Record, path, [record, line.SubmittedHash?.ToString() ?? "-", line.ReceivedHash?.ToString() ?? "-"]));
                    break;
                default:
                    break;
            }
        }

        return new ValidationReport(issues);
    }

    /// <summary>Returns the counts.</summary>
    /// <returns>For example <c>3 received, 1 missing, 0 unexpected, 1 changed</c>.</returns>
    public override string ToString() => $"{ReceivedCount} received, {MissingCount} missing, {UnexpectedCount} unexpected, {ChangedCount} changed";
}
