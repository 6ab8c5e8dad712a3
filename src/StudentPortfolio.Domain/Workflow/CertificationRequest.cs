namespace StudentPortfolio.Workflow;

/// <summary>What an <see cref="ICertificationAuthorizer"/> is asked about: an actor about to certify or reject an outcome.</summary>
/// <param name="Actor">The certifier.</param>
/// <param name="Item">The outcome's work item.</param>
/// <param name="Action"><see cref="WorkflowAction.CertifyOutcome"/> or <see cref="WorkflowAction.RejectOutcome"/>.</param>
/// <param name="Basis">On what ground the library has allowed the actor.</param>
/// <param name="OnBehalfOf">The original teacher when a proxy acts.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CertificationRequest(Actor Actor, OutcomeWorkItem Item, WorkflowAction Action, CertifierBasis Basis, string? OnBehalfOf);
