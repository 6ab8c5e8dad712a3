using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A course record (修課紀錄): a subject the student took, with credits and grade, recorded by the registrar.
/// </summary>
/// <remarks>
/// Non-regular kinds carry a <see cref="CourseOrigin"/>: make-up, retake, transfer and borrowed-study records keep
/// their original or host school, term and course code. Immutable and thread-safe.
/// </remarks>
public sealed record CourseRecord
{
    /// <summary>Creates a course record.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term in which the course was actually taken (實際修課學期).</param>
    /// <param name="courseCode">The course code (課程代碼).</param>
    /// <param name="subjectName">The subject name (科目名稱).</param>
    /// <param name="credits">The credits (修課學分), 0 or more.</param>
    /// <param name="score">The semester score (學期學業成績), or <see langword="null"/> when not graded yet; range checks are a validator rule.</param>
    /// <param name="kind">The kind of record.</param>
    /// <param name="origin">The origin, required for make-up, retake, transfer and borrowed study; must be <see langword="null"/> otherwise.</param>
    /// <exception cref="ArgumentException">An identifier, term or code is the default value, or <paramref name="origin"/> does not fit <paramref name="kind"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="subjectName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="credits"/> is negative or <paramref name="kind"/> is undefined.</exception>
    public CourseRecord(
        RecordId id,
        Term term,
        CourseCode courseCode,
        string subjectName,
        int credits,
        decimal? score,
        CourseRecordKind kind = CourseRecordKind.Regular,
        CourseOrigin? origin = null)
    {
        CourseOrigin.Require(kind, origin, nameof(origin));
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        CourseCode = Guard.NotDefault(courseCode);
        SubjectName = Guard.NotNull(subjectName);
        Credits = Guard.NotNegative(credits);
        Score = score;
        Kind = kind;
        Origin = origin;
    }

    /// <summary>
    /// Builds a course record from the values a school database stores, reporting every invalid field as an
    /// <c>SP-D003</c> issue instead of throwing.
    /// </summary>
    /// <param name="id">The stored record identifier.</param>
    /// <param name="term">The stored term text, e.g. <c>114-1</c>.</param>
    /// <param name="courseCode">The stored course code.</param>
    /// <param name="subjectName">The subject name.</param>
    /// <param name="credits">The credits, 0 or more.</param>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    /// <param name="kind">The kind of record.</param>
    /// <param name="origin">The origin the kind needs, or <see langword="null"/>.</param>
    /// <param name="record">The record when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? id,
        string? term,
        string? courseCode,
        string? subjectName,
        int credits,
        decimal? score,
        CourseRecordKind kind,
        CourseOrigin? origin,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CourseRecord? record,
        out IReadOnlyList<ValidationIssue> issues)
    {
        var f = new StoredFields("courseRecord");
        var recordId = f.Parse<RecordId>(nameof(id), id);
        var when = f.Parse<Term>(nameof(term), term);
        var code = f.Parse<CourseCode>(nameof(courseCode), courseCode);
        var subject = f.Text(nameof(subjectName), subjectName);
        f.Range(nameof(credits), credits, 0, int.MaxValue);
        f.Defined(nameof(kind), kind);
        return f.Finish(() => new CourseRecord(recordId, when, code, subject, credits, score, kind, origin), out record, out issues);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term in which the course was actually taken.</summary>
    public Term Term { get; }

    /// <summary>Gets the course code.</summary>
    public CourseCode CourseCode { get; }

    /// <summary>Gets the subject name.</summary>
    public string SubjectName { get; }

    /// <summary>Gets the credits.</summary>
    public int Credits { get; }

    /// <summary>Gets the semester score, if graded.</summary>
    public decimal? Score { get; }

    /// <summary>Gets the kind of record.</summary>
    public CourseRecordKind Kind { get; }

    /// <summary>Gets the origin (original or host school, term and course), if the kind needs one.</summary>
    public CourseOrigin? Origin { get; }
}
