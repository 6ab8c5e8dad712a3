using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// An exchange package (歷程交換資料): what a school hands to the receiving school when a student transfers — the
/// student key, the source school, when it was exported, the course records, the certified course learning outcomes,
/// the multi-performance items, the cadre roles and the enrollment history. Counselling records are never part of it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Export(LearningPortfolio, IClock)"/> puts the records in <em>transfer form</em>: course records and
/// outcomes the source school made (regular, make-up, retake, repeat-year) become <see cref="CourseRecordKind.Transfer"/>
/// with <see cref="CourseOrigin"/>(source school, term, course code, subject, credits); borrowed-study records become
/// transfer records whose origin is the host school; records already in transfer form keep their origin. Every record
/// keeps its term; ids become <c>{sourceSchool}:{id}</c> unless they already carry a school prefix, so two schools'
/// ids never collide and re-exporting is stable.
/// </para>
/// <para>
/// Only outcomes certified and unchanged since (<see cref="CourseLearningOutcome.IsCertified"/>) travel; the others are
/// listed in <see cref="OmittedOutcomes"/>. The content hash covers the kind and origin, so the transfer form has a new
/// hash: the original certification (certifier, proxy, instant) is carried over to cover it, and any later edit of
/// the content voids it as usual.
/// </para>
/// <para>The national format is a [GAP]; this is an in-memory model. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ExchangePackage
{
    private readonly ValueList<CourseRecord> _courses;
    private readonly ValueList<CourseLearningOutcome> _outcomes;
    private readonly ValueList<MultiPerformanceItem> _performances;
    private readonly ValueList<CadreRecord> _cadres;
    private readonly ValueList<RecordId> _omittedOutcomes;

    /// <summary>Creates a package from records already in transfer form (e.g. read back from a file).</summary>
    /// <param name="student">The student key.</param>
    /// <param name="sourceSchool">The exporting school.</param>
    /// <param name="exportedAt">When the package was exported.</param>
    /// <param name="courses">Course records.</param>
    /// <param name="outcomes">Course learning outcomes.</param>
    /// <param name="performances">Multi-performance items.</param>
    /// <param name="cadres">Cadre roles.</param>
    /// <param name="enrollment">The enrollment history at the source school; <see langword="null"/> means empty.</param>
    /// <param name="omittedOutcomes">Ids of outcomes the source school held but did not export (not certified).</param>
    /// <exception cref="ArgumentException"><paramref name="student"/> or <paramref name="sourceSchool"/> is the default value, or a collection contains <see langword="null"/>.</exception>
    public ExchangePackage(
        StudentKey student,
        SchoolCode sourceSchool,
        Instant exportedAt,
        IEnumerable<CourseRecord>? courses,
        IEnumerable<CourseLearningOutcome>? outcomes,
        IEnumerable<MultiPerformanceItem>? performances,
        IEnumerable<CadreRecord>? cadres,
        EnrollmentHistory? enrollment,
        IEnumerable<RecordId>? omittedOutcomes = null)
    {
        Guard.NotDefault(student.NationalId, nameof(student));
        Student = student;
        SourceSchool = Guard.NotDefault(sourceSchool);
        ExportedAt = exportedAt;
        _courses = ValueList<CourseRecord>.From(courses, nameof(courses));
        _outcomes = ValueList<CourseLearningOutcome>.From(outcomes, nameof(outcomes));
        _performances = ValueList<MultiPerformanceItem>.From(performances, nameof(performances));
        _cadres = ValueList<CadreRecord>.From(cadres, nameof(cadres));
        _omittedOutcomes = ValueList<RecordId>.From(omittedOutcomes, nameof(omittedOutcomes));
        Enrollment = enrollment ?? EnrollmentHistory.Empty;
    }

    /// <summary>Gets the student key (masked in <see cref="ToString"/>).</summary>
    public StudentKey Student { get; }

    /// <summary>Gets the exporting school.</summary>
    public SchoolCode SourceSchool { get; }

    /// <summary>Gets when the package was exported.</summary>
    public Instant ExportedAt { get; }

    /// <summary>Gets the course records in transfer form.</summary>
    public IReadOnlyList<CourseRecord> Courses => _courses;

    /// <summary>Gets the certified course learning outcomes in transfer form.</summary>
    public IReadOnlyList<CourseLearningOutcome> Outcomes => _outcomes;

    /// <summary>Gets the multi-performance items.</summary>
    public IReadOnlyList<MultiPerformanceItem> Performances => _performances;

    /// <summary>Gets the cadre roles.</summary>
    public IReadOnlyList<CadreRecord> Cadres => _cadres;

    /// <summary>Gets the enrollment history at the source school.</summary>
    public EnrollmentHistory Enrollment { get; }

    /// <summary>Gets the ids (at the source school) of outcomes not exported because they were not certified; they cannot be re-submitted.</summary>
    public IReadOnlyList<RecordId> OmittedOutcomes => _omittedOutcomes;

    /// <summary>Exports a portfolio, stamped with the clock's current instant.</summary>
    /// <param name="portfolio">The portfolio at the source school (the school of its basic data).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The package.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A record id is too long to carry the school prefix.</exception>
    public static ExchangePackage Export(LearningPortfolio portfolio, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Export(portfolio, clock.GetCurrentInstant());
    }

    /// <summary>Exports a portfolio, stamped with <paramref name="exportedAt"/>.</summary>
    /// <param name="portfolio">The portfolio at the source school (the school of its basic data).</param>
    /// <param name="exportedAt">The export instant.</param>
    /// <returns>The package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A record id is too long to carry the school prefix.</exception>
    public static ExchangePackage Export(LearningPortfolio portfolio, Instant exportedAt)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var source = portfolio.Student.School;
        var courses = new List<CourseRecord>(portfolio.Courses.Count);
        foreach (var c in portfolio.Courses)
        {
            var (kind, origin) = TransferForm(source, c.Term, c.CourseCode, c.SubjectName, c.Credits, c.Kind, c.Origin);
            courses.Add(new CourseRecord(ExchangeRecordId.Prefix(source, c.Id, "course record"), c.Term, c.CourseCode, c.SubjectName, c.Credits, c.Score, kind, origin));
        }

        var outcomes = new List<CourseLearningOutcome>(portfolio.Outcomes.Count);
        var omitted = new List<RecordId>();
        foreach (var o in portfolio.Outcomes)
        {
            if (!o.IsCertified)
            {
                omitted.Add(o.Id);
                continue;
            }

            var (kind, origin) = TransferForm(source, o.Term, o.CourseCode, null, null, o.Kind, o.Origin);
            var moved = new CourseLearningOutcome(
                ExchangeRecordId.Prefix(source, o.Id, "outcome"), o.Term, o.CourseCode, o.Title, o.Description, o.Files, o.Certification, o.IsSelected, kind, origin);
            outcomes.Add(moved.IsCertified ? moved : moved.WithCertification(Carry(o.Certification, moved.ContentHash)));
        }

        var performances = portfolio.Performances
            .Select(p => new MultiPerformanceItem(ExchangeRecordId.Prefix(source, p.Id, "multi-performance item"), p.Term, p.Details, p.Description, p.Files, p.Link, p.IsSelected))
            .ToList();
        var cadres = portfolio.Cadres
            .Select(c => new CadreRecord(ExchangeRecordId.Prefix(source, c.Id, "cadre record"), c.Term, c.Level, c.Unit, c.Title))
            .ToList();
        return new ExchangePackage(portfolio.Key, source, exportedAt, courses, outcomes, performances, cadres, portfolio.Enrollment, omitted);
    }

    /// <summary>Returns the source school and masked student key only.</summary>
    /// <returns>For example <c>Exchange package of A12****789/2008-05-01 from 041305</c>.</returns>
    public override string ToString() => $"Exchange package of {Student} from {SourceSchool}";

    /// <summary>
    /// Carries the original school's certification over to the transfer form of the same work: same certifier, proxy
    /// and decision instant, covering the new content hash (which differs only by kind and origin).
    /// </summary>
    private static Certification Carry(Certification original, ContentHash transferHash) =>
        Certification.Certify(original.Certifier!, original.DecidedAt!.Value, transferHash, original.OnBehalfOf);

    private static (CourseRecordKind Kind, CourseOrigin Origin) TransferForm(
        SchoolCode source, Calendar.Term term, CourseCode code, string? subject, int? credits, CourseRecordKind kind, CourseOrigin? origin) => kind switch
    {
        CourseRecordKind.Transfer => (kind, origin!),
        CourseRecordKind.BorrowedStudy => (CourseRecordKind.Transfer, new CourseOrigin(
            origin!.School, origin.Term ?? term, origin.CourseCode ?? code, origin.SubjectName ?? subject, origin.Credits ?? credits)),
        _ => (CourseRecordKind.Transfer, new CourseOrigin(source, term, code, subject, credits)),
    };
}
