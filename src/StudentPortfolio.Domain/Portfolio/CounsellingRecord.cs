using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A course counselling record (課程諮詢紀錄) entered by a counselling teacher (課程諮詢教師).
/// </summary>
/// <remarks>
/// Counselling records stay at school: the central database does not collect them, and no export type of this
/// library can carry one. Immutable and thread-safe.
/// </remarks>
public sealed record CounsellingRecord
{
    /// <summary>Creates a counselling record.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="occurredAt">The local date and time of the session in Asia/Taipei (日期/時間).</param>
    /// <param name="place">The place (地點).</param>
    /// <param name="content">The content (諮詢內容).</param>
    /// <param name="opinions">The counsellor's opinions (意見).</param>
    /// <param name="counsellor">The counselling teacher's staff identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    public CounsellingRecord(RecordId id, LocalDateTime occurredAt, string place, string content, string opinions, string counsellor)
    {
        Id = Guard.NotDefault(id);
        OccurredAt = occurredAt;
        Place = Guard.NotNull(place);
        Content = Guard.NotNull(content);
        Opinions = Guard.NotNull(opinions);
        Counsellor = Guard.NotNull(counsellor);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the local date and time of the session (Asia/Taipei).</summary>
    public LocalDateTime OccurredAt { get; }

    /// <summary>Gets the place.</summary>
    public string Place { get; }

    /// <summary>Gets the content.</summary>
    public string Content { get; }

    /// <summary>Gets the counsellor's opinions.</summary>
    public string Opinions { get; }

    /// <summary>Gets the counselling teacher's staff identifier.</summary>
    public string Counsellor { get; }
}
