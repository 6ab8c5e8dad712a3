using NodaTime;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// The certification (認證) of a course learning outcome: pending, certified (by whom, for whom, when, of which
/// content) or rejected (by whom, when, why). Certification attests that the work comes from the course; it is
/// not grading.
/// </summary>
/// <remarks>Create instances with <see cref="Pending"/>, <see cref="Certify"/> or <see cref="Reject"/>. Immutable and thread-safe.</remarks>
public sealed record Certification
{
    private Certification(CertificationStatus status, string? certifier, string? onBehalfOf, Instant? decidedAt, string? rejectionReason, ContentHash? certifiedHash)
    {
        Status = status;
        Certifier = certifier;
        OnBehalfOf = onBehalfOf;
        DecidedAt = decidedAt;
        RejectionReason = rejectionReason;
        CertifiedHash = certifiedHash;
    }

    /// <summary>Gets the pending (not yet decided) certification.</summary>
    public static Certification Pending { get; } = new(CertificationStatus.Pending, null, null, null, null, null);

    /// <summary>Gets the status.</summary>
    public CertificationStatus Status { get; }

    /// <summary>Gets the staff identifier of the teacher who decided, if decided.</summary>
    public string? Certifier { get; }

    /// <summary>Gets the staff identifier of the original course teacher when a proxy (代理人) decided, otherwise <see langword="null"/>.</summary>
    public string? OnBehalfOf { get; }

    /// <summary>Gets when the decision was made, if decided.</summary>
    public Instant? DecidedAt { get; }

    /// <summary>Gets the reason for a rejection.</summary>
    public string? RejectionReason { get; }

    /// <summary>Gets the content hash of the outcome that was certified; a later content change voids the certification.</summary>
    public ContentHash? CertifiedHash { get; }

    /// <summary>Creates a certification of the given content.</summary>
    /// <param name="certifier">The certifying teacher's staff identifier.</param>
    /// <param name="at">When the certification was made.</param>
    /// <param name="certifiedHash">The content hash of the outcome as certified.</param>
    /// <param name="onBehalfOf">The original course teacher, when <paramref name="certifier"/> acts as proxy.</param>
    /// <returns>The certification.</returns>
    /// <exception cref="ArgumentException"><paramref name="certifier"/> is empty, <paramref name="onBehalfOf"/> is empty or equals the certifier, or the hash is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="certifier"/> is <see langword="null"/>.</exception>
    public static Certification Certify(string certifier, Instant at, ContentHash certifiedHash, string? onBehalfOf = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certifier);
        Guard.NotDefault(certifiedHash);
        if (onBehalfOf is not null && (onBehalfOf.Trim().Length == 0 || string.Equals(onBehalfOf, certifier, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A proxy certifies on behalf of another, non-empty teacher.", nameof(onBehalfOf));
        }

        return new Certification(CertificationStatus.Certified, certifier, onBehalfOf, at, null, certifiedHash);
    }

    /// <summary>Creates a rejection.</summary>
    /// <param name="certifier">The rejecting teacher's staff identifier.</param>
    /// <param name="at">When the rejection was made.</param>
    /// <param name="reason">Why the outcome was rejected; required.</param>
    /// <param name="onBehalfOf">The original course teacher, when <paramref name="certifier"/> acts as proxy.</param>
    /// <returns>The rejection.</returns>
    /// <exception cref="ArgumentException"><paramref name="certifier"/> or <paramref name="reason"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="certifier"/> or <paramref name="reason"/> is <see langword="null"/>.</exception>
    public static Certification Reject(string certifier, Instant at, string reason, string? onBehalfOf = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certifier);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (onBehalfOf is not null && (onBehalfOf.Trim().Length == 0 || string.Equals(onBehalfOf, certifier, StringComparison.Ordinal)))
        {
            throw new ArgumentException("A proxy rejects on behalf of another, non-empty teacher.", nameof(onBehalfOf));
        }

        return new Certification(CertificationStatus.Rejected, certifier, onBehalfOf, at, reason, null);
    }

    /// <summary>Returns whether this is a certification of exactly <paramref name="contentHash"/>.</summary>
    /// <param name="contentHash">The outcome's current content hash.</param>
    /// <returns><see langword="true"/> when certified and the content has not changed since.</returns>
    public bool Covers(ContentHash contentHash) => Status == CertificationStatus.Certified && CertifiedHash == contentHash;
}
