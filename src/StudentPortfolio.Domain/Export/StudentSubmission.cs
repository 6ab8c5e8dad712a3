using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Export;

/// <summary>
/// One student's part of a submission document: the data of a <see cref="LearningPortfolio"/> that may leave the
/// school. It has no counselling member at all, so counselling records (課程諮詢紀錄) cannot be exported.
/// </summary>
/// <remarks><see cref="ToString"/> shows only the masked student key. Immutable and thread-safe.</remarks>
public sealed class StudentSubmission
{
    private readonly ValueList<CadreRecord> _cadres;
    private readonly ValueList<CourseRecord> _courses;
    private readonly ValueList<CourseLearningOutcome> _outcomes;
    private readonly ValueList<MultiPerformanceItem> _performances;

    private StudentSubmission(
        StudentBasicData student,
        IEnumerable<CadreRecord> cadres,
        IEnumerable<CourseRecord> courses,
        IEnumerable<CourseLearningOutcome> outcomes,
        IEnumerable<MultiPerformanceItem> performances,
        Autobiography? autobiography,
        EnrollmentHistory enrollment)
    {
        Student = student;
        _cadres = ValueList<CadreRecord>.From(cadres, nameof(cadres));
        _courses = ValueList<CourseRecord>.From(courses, nameof(courses));
        _outcomes = ValueList<CourseLearningOutcome>.From(outcomes, nameof(outcomes));
        _performances = ValueList<MultiPerformanceItem>.From(performances, nameof(performances));
        Autobiography = autobiography;
        Enrollment = enrollment;
    }

    /// <summary>Gets the basic data.</summary>
    public StudentBasicData Student { get; }

    /// <summary>Gets the student key.</summary>
    public StudentKey Key => Student.Key;

    /// <summary>Gets the school-recorded cadre roles.</summary>
    public IReadOnlyList<CadreRecord> Cadres => _cadres;

    /// <summary>Gets the course records.</summary>
    public IReadOnlyList<CourseRecord> Courses => _courses;

    /// <summary>Gets the course learning outcomes.</summary>
    public IReadOnlyList<CourseLearningOutcome> Outcomes => _outcomes;

    /// <summary>Gets the multi-performance items.</summary>
    public IReadOnlyList<MultiPerformanceItem> Performances => _performances;

    /// <summary>Gets the autobiography / study plan, if entered.</summary>
    public Autobiography? Autobiography { get; }

    /// <summary>Gets the enrollment history.</summary>
    public EnrollmentHistory Enrollment { get; }

    /// <summary>Takes the exportable part of a portfolio; its counselling records are left behind.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <returns>The student's submission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is <see langword="null"/>.</exception>
    public static StudentSubmission From(LearningPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return new StudentSubmission(
            portfolio.Student,
            portfolio.Cadres,
            portfolio.Courses,
            portfolio.Outcomes,
            portfolio.Performances,
            portfolio.Autobiography,
            portfolio.Enrollment);
    }

    /// <summary>Creates a submission from imported parts (the reader's factory).</summary>
    internal static StudentSubmission Create(
        StudentBasicData student,
        IEnumerable<CadreRecord>? cadres,
        IEnumerable<CourseRecord>? courses,
        IEnumerable<CourseLearningOutcome>? outcomes,
        IEnumerable<MultiPerformanceItem>? performances,
        Autobiography? autobiography,
        EnrollmentHistory? enrollment) =>
        new(student, cadres ?? [], courses ?? [], outcomes ?? [], performances ?? [], autobiography, enrollment ?? EnrollmentHistory.Empty);

    /// <summary>Returns a portfolio holding this data and no counselling records.</summary>
    /// <returns>The portfolio.</returns>
    public LearningPortfolio ToPortfolio() =>
        new(Student, _cadres, _courses, _outcomes, _performances, counselling: null, Autobiography, Enrollment);

    /// <summary>Returns the masked student key only.</summary>
    /// <returns>For example <c>Submission of A12****789/2008-05-01</c>.</returns>
    public override string ToString() => $"Submission of {Key}";
}
