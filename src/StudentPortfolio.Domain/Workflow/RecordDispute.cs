using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A student's dispute of one row of the receipt (收訖明細), of any content kind, and how the unit that submitted
/// that kind resolved it (松山商家學生學習歷程檔案作業補充規定 六(二) 「收訖明細有相關疑義，應由第1項各款提交單位協助確認」).
/// </summary>
/// <remarks>Created by <see cref="SchoolRecordWorkflow.Dispute"/>, resolved by <see cref="SchoolRecordWorkflow.Resolve"/>. <see cref="ToString"/> masks the student. Immutable and thread-safe.</remarks>
public sealed record RecordDispute
{
    internal RecordDispute(StudentKey student, SubmissionContentKind kind, SubmittingUnit unit, ReceiptRecord row, string reason, string raisedBy, Instant raisedAt)
    {
        Student = student;
        Kind = kind;
        Unit = unit;
        Record = row.Record;
        Sheet = row.Sheet;
        RowPath = row.Path;
        Reason = reason;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
        Status = RecordDisputeStatus.Open;
    }

    /// <summary>Gets the student; prints masked.</summary>
    public StudentKey Student { get; }

    /// <summary>Gets the content kind of the receipt.</summary>
    public SubmissionContentKind Kind { get; }

    /// <summary>Gets the unit that submitted the kind and resolves the dispute.</summary>
    public SubmittingUnit Unit { get; }

    /// <summary>Gets the record id of the row, when the receipt carries one.</summary>
    public RecordId? Record { get; }

    /// <summary>Gets the receipt sheet of the row, e.g. <c>學期課程學習成果</c>.</summary>
    public string Sheet { get; }

    /// <summary>Gets the JSON path of the row in the receipt.</summary>
    public string RowPath { get; }

    /// <summary>Gets what the student says is wrong.</summary>
    public string Reason { get; }

    /// <summary>Gets the student's account identifier.</summary>
    public string RaisedBy { get; }

    /// <summary>Gets when the dispute was raised.</summary>
    public Instant RaisedAt { get; }

    /// <summary>Gets the status.</summary>
    public RecordDisputeStatus Status { get; private init; }

    /// <summary>Gets the unit's reason for its resolution.</summary>
    public string? Resolution { get; private init; }

    /// <summary>Gets who resolved it.</summary>
    public string? ResolvedBy { get; private init; }

    /// <summary>Gets for whom a proxy resolved it (代理人).</summary>
    public string? ResolvedOnBehalfOf { get; private init; }

    /// <summary>Gets when it was resolved.</summary>
    public Instant? ResolvedAt { get; private init; }

    /// <summary>Returns the masked student, the row and the status.</summary>
    /// <returns>For example <c>A12****789/2008-05-01 CourseOutcomes O1 Open</c>.</returns>
    public override string ToString() => $"{Student} {Kind} {Record?.ToString() ?? RowPath} {Status}";

    internal RecordDispute Resolved(RecordDisputeStatus status, string reason, string by, string? onBehalfOf, Instant at) =>
        this with { Status = status, Resolution = reason, ResolvedBy = by, ResolvedOnBehalfOf = onBehalfOf, ResolvedAt = at };
}
