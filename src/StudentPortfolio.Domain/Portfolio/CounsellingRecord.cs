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

    /// <summary>
    /// Builds a counselling record from the values a school database stores, reporting every invalid field as an
    /// <c>SP-D003</c> issue instead of throwing.
    /// </summary>
    /// <param name="id">The stored record identifier.</param>
    /// <param name="occurredAt">The stored local date and time of the session (Asia/Taipei).</param>
    /// <param name="place">The place.</param>
    /// <param name="content">The content.</param>
    /// <param name="opinions">The counsellor's opinions.</param>
    /// <param name="counsellor">The counselling teacher's staff identifier (not empty).</param>
    /// <param name="record">The record when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? id,
        LocalDateTime occurredAt,
        string? place,
        string? content,
        string? opinions,
        string? counsellor,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CounsellingRecord? record,
        out IReadOnlyList<Rules.ValidationIssue> issues)
    {
        var f = new StoredFields("counselling");
        var recordId = f.Parse<RecordId>(nameof(id), id);
        var placeText = f.Text(nameof(place), place);
        var contentText = f.Text(nameof(content), content);
        var opinionsText = f.Text(nameof(opinions), opinions);
        var counsellorText = f.Text(nameof(counsellor), counsellor);
        if (counsellor is not null && string.IsNullOrWhiteSpace(counsellor))
        {
            f.Add(nameof(counsellor), counsellor);
        }

        return f.Finish(() => new CounsellingRecord(recordId, occurredAt, placeText, contentText, opinionsText, counsellorText), out record, out issues);
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
