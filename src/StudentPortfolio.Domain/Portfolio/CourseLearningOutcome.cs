using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A course learning outcome (課程學習成果): work from a credit-bearing course, uploaded by the student,
/// certified by the course teacher, and optionally selected (勾選) for the central database.
/// </summary>
/// <remarks>
/// <para>
/// Limits such as the 100-character description and the file types and sizes are policy rules checked by the
/// validators, so an outcome can hold data that breaks them and still be reported on.
/// </para>
/// <para>
/// <see cref="ContentHash"/> covers the term, course, kind, origin, title, description and file hashes; a
/// certification is current only while it <see cref="Certification.Covers">covers</see> that hash.
/// Immutable and thread-safe; the <c>With…</c> methods return new instances.
/// </para>
/// </remarks>
public sealed record CourseLearningOutcome
{
    private readonly ValueList<MediaFile> _files;

    /// <summary>Creates a course learning outcome.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term in which the course was actually taken (實際修課學期).</param>
    /// <param name="courseCode">The course code (課程代碼).</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The short description (成果簡述); required and at most 100 characters by policy.</param>
    /// <param name="files">The evidence files; may be empty.</param>
    /// <param name="certification">The certification; <see langword="null"/> means <see cref="Certification.Pending"/>.</param>
    /// <param name="isSelected">Whether the student selected (勾選) it for the central database.</param>
    /// <param name="kind">The course-record kind (regular, make-up, retake, repeat-year, transfer, borrowed study).</param>
    /// <param name="origin">The origin, required for make-up, retake, transfer and borrowed study.</param>
    /// <exception cref="ArgumentException">An identifier, term or code is the default value, a file is <see langword="null"/>, or <paramref name="origin"/> does not fit <paramref name="kind"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    public CourseLearningOutcome(
        RecordId id,
        Term term,
        CourseCode courseCode,
        string title,
        string description,
        IEnumerable<MediaFile>? files = null,
        Certification? certification = null,
        bool isSelected = false,
        CourseRecordKind kind = CourseRecordKind.Regular,
        CourseOrigin? origin = null)
    {
        CourseOrigin.Require(kind, origin, nameof(origin));
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        CourseCode = Guard.NotDefault(courseCode);
        Title = Guard.NotNull(title);
        Description = Guard.NotNull(description);
        _files = ValueList<MediaFile>.From(files, nameof(files));
        Certification = certification ?? Certification.Pending;
        IsSelected = isSelected;
        Kind = kind;
        Origin = origin;
        ContentHash = ComputeContentHash();
    }

    /// <summary>
    /// Builds a course learning outcome from the values a school database stores, reporting every invalid field as an
    /// <c>SP-D003</c> issue instead of throwing. Policy limits (description length, file types and sizes) stay
    /// validator rules.
    /// </summary>
    /// <param name="id">The stored record identifier.</param>
    /// <param name="term">The stored term text, e.g. <c>114-1</c>.</param>
    /// <param name="courseCode">The stored course code.</param>
    /// <param name="title">The title.</param>
    /// <param name="description">The short description.</param>
    /// <param name="files">The evidence files, or <see langword="null"/> for none.</param>
    /// <param name="certification">The certification, or <see langword="null"/> for pending.</param>
    /// <param name="isSelected">Whether it is selected for the central database.</param>
    /// <param name="kind">The course-record kind.</param>
    /// <param name="origin">The origin the kind needs, or <see langword="null"/>.</param>
    /// <param name="outcome">The outcome when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? id,
        string? term,
        string? courseCode,
        string? title,
        string? description,
        IEnumerable<MediaFile>? files,
        Certification? certification,
        bool isSelected,
        CourseRecordKind kind,
        CourseOrigin? origin,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CourseLearningOutcome? outcome,
        out IReadOnlyList<ValidationIssue> issues)
    {
        var f = new StoredFields("outcome");
        var recordId = f.Parse<RecordId>(nameof(id), id);
        var when = f.Parse<Term>(nameof(term), term);
        var code = f.Parse<CourseCode>(nameof(courseCode), courseCode);
        var titleText = f.Text(nameof(title), title);
        var descriptionText = f.Text(nameof(description), description);
        f.Defined(nameof(kind), kind);
        return f.Finish(() => new CourseLearningOutcome(recordId, when, code, titleText, descriptionText, files, certification, isSelected, kind, origin), out outcome, out issues);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term in which the course was taken; quotas count in this term's academic year.</summary>
    public Term Term { get; }

    /// <summary>Gets the course code.</summary>
    public CourseCode CourseCode { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the short description (成果簡述).</summary>
    public string Description { get; }

    /// <summary>Gets the evidence files.</summary>
    public IReadOnlyList<MediaFile> Files => _files;

    /// <summary>Gets the certification.</summary>
    public Certification Certification { get; }

    /// <summary>Gets a value indicating whether the student selected it for the central database.</summary>
    public bool IsSelected { get; }

    /// <summary>Gets the course-record kind.</summary>
    public CourseRecordKind Kind { get; }

    /// <summary>Gets the origin, if the kind needs one.</summary>
    public CourseOrigin? Origin { get; }

    /// <summary>Gets the SHA-256 hash of the certifiable content.</summary>
    public ContentHash ContentHash { get; }

    /// <summary>Gets a value indicating whether the outcome is certified and unchanged since.</summary>
    public bool IsCertified => Certification.Covers(ContentHash);

    /// <summary>Returns a copy with another certification.</summary>
    /// <param name="certification">The new certification.</param>
    /// <returns>The new outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> is <see langword="null"/>.</exception>
    public CourseLearningOutcome WithCertification(Certification certification)
    {
        ArgumentNullException.ThrowIfNull(certification);
        return new(Id, Term, CourseCode, Title, Description, _files, certification, IsSelected, Kind, Origin);
    }

    /// <summary>Returns a copy with the selection flag set or cleared.</summary>
    /// <param name="isSelected">Whether selected.</param>
    /// <returns>The new outcome.</returns>
    public CourseLearningOutcome WithSelection(bool isSelected) =>
        new(Id, Term, CourseCode, Title, Description, _files, Certification, isSelected, Kind, Origin);

    /// <summary>Returns a copy with new content; the certification is kept but no longer covers the new <see cref="ContentHash"/> if anything changed.</summary>
    /// <param name="title">The new title.</param>
    /// <param name="description">The new description.</param>
    /// <param name="files">The new files.</param>
    /// <returns>The new outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    public CourseLearningOutcome WithContent(string title, string description, IEnumerable<MediaFile>? files) =>
        new(Id, Term, CourseCode, title, description, files, Certification, IsSelected, Kind, Origin);

    private ContentHash ComputeContentHash()
    {
        var hasher = OutcomeContentHasher.ForThread;
        var origin = Origin;
        hasher.Part(Term);
        hasher.Part(CourseCode.ToString());
        hasher.Part((int)Kind);
        hasher.Part(origin?.School?.ToString());
        hasher.Part(origin?.Term);
        hasher.Part(origin?.CourseCode?.ToString());
        hasher.Part(Title);
        hasher.Part(Description);
        foreach (var file in _files.AsSpan())
        {
            hasher.File(file);
        }

        return hasher.Finish();
    }
}
