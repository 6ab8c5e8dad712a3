using NodaTime;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Workflow;

/// <summary>
/// One line of the audit trail: who did what to which record, when, the state before and after, for whom a
/// proxy acted and any reason.
/// </summary>
/// <param name="At">When the action happened (from the workflow's clock).</param>
/// <param name="ActorId">The acting account.</param>
/// <param name="Action">The action.</param>
/// <param name="Student">The student concerned, if the action concerns one student; prints masked.</param>
/// <param name="Record">The record, when the action concerns one record.</param>
/// <param name="From">The state before, when the record existed.</param>
/// <param name="To">The state after, when the action concerns one record.</param>
/// <param name="OnBehalfOf">The original teacher when a proxy (代理人) acted.</param>
/// <param name="Detail">A reason or note (rejection reason, dispute text).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AuditEntry(
    Instant At,
    string ActorId,
    WorkflowAction Action,
    StudentKey? Student,
    RecordId? Record,
    OutcomeState? From,
    OutcomeState? To,
    string? OnBehalfOf = null,
    string? Detail = null)
{
    /// <summary>Returns a one-line description with the student masked.</summary>
    /// <returns>For example <c>2026-01-10T02:00:00Z T002 for T001 CertifyOutcome A12****789/2008-05-01 O1 Uploaded->Certified</c>.</returns>
    public override string ToString()
    {
        var actor = OnBehalfOf is null ? ActorId : $"{ActorId} for {OnBehalfOf}";
        var change = From is null && To is null ? string.Empty : $" {From?.ToString() ?? "-"}->{To?.ToString() ?? "-"}";
        var detail = Detail is null ? string.Empty : $" ({Detail})";
        return $"{At} {actor} {Action} {Student?.ToString() ?? "-"} {Record?.ToString() ?? "-"}{change}{detail}";
    }
}
