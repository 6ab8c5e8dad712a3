namespace StudentPortfolio.Workflow;

/// <summary>
/// A school's or vendor's own condition on certification, asked after the library's checks (permission matrix,
/// availability, teaching assignment, supervising teacher, proxy order) have allowed the actor. A refusal becomes
/// the <c>SP-F016</c> failure with the given reason.
/// </summary>
/// <remarks>Implementations must be thread-safe and should not throw.</remarks>
public interface ICertificationAuthorizer
{
    /// <summary>Returns <see langword="null"/> to allow, or the reason for refusing, in the school's language.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The refusal reason, or <see langword="null"/>.</returns>
    string? Refuse(CertificationRequest request);
}
