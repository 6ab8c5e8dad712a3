using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>The batch built from portfolios and the report of what was left out and why.</summary>
/// <param name="Batch">The batch.</param>
/// <param name="Excluded">Records left out (e.g. <c>SP-F013</c>, selected but not certified).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BatchBuildResult(SubmissionBatch Batch, ValidationReport Excluded);
