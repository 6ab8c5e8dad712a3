using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// One student's learning portfolio (學生學習歷程檔案) at a school: basic data with cadre roles, course records,
/// counselling records, course learning outcomes, multi-performance items, the autobiography and the enrollment
/// history.
/// </summary>
/// <remarks>
/// <para>
/// The portfolio may hold data that breaks policy (too many selections, duplicate ids…): the validators report
/// it. Counselling, attendance and club records and course-selection evaluations stay at school and are never exported.
/// </para>
/// <para><see cref="ToString"/> shows only the masked student key. Immutable and thread-safe.</para>
/// </remarks>
public sealed record LearningPortfolio
{
    private readonly ValueList<CadreRecord> _cadres;
    private readonly ValueList<CourseRecord> _courses;
    private readonly ValueList<CounsellingRecord> _counselling;
    private readonly ValueList<CourseLearningOutcome> _outcomes;
    private readonly ValueList<MultiPerformanceItem> _performances;
    private readonly ValueList<AttendanceRecord> _attendance;
    private readonly ValueList<ClubRecord> _clubs;
    private readonly ValueList<CourseSelectionEvaluation> _evaluations;

    /// <summary>Creates a portfolio.</summary>
    /// <param name="student">The basic data.</param>
    /// <param name="cadres">School-recorded cadre roles.</param>
    /// <param name="courses">Course records.</param>
    /// <param name="outcomes">Course learning outcomes.</param>
    /// <param name="performances">Multi-performance items.</param>
    /// <param name="counselling">Counselling records (kept at school, never exported).</param>
    /// <param name="autobiography">The autobiography / study plan, if entered.</param>
    /// <param name="enrollment">The enrollment history; <see langword="null"/> means empty.</param>
    /// <param name="attendance">Attendance records (kept at school, never exported).</param>
    /// <param name="clubs">Club records (kept at school, never exported).</param>
    /// <param name="courseEvaluations">Course-selection evaluations (kept at school, never exported).</param>
    /// <exception cref="ArgumentNullException"><paramref name="student"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A collection contains <see langword="null"/>.</exception>
    public LearningPortfolio(
        StudentBasicData student,
        IEnumerable<CadreRecord>? cadres = null,
        IEnumerable<CourseRecord>? courses = null,
        IEnumerable<CourseLearningOutcome>? outcomes = null,
        IEnumerable<MultiPerformanceItem>? performances = null,
        IEnumerable<CounsellingRecord>? counselling = null,
        Autobiography? autobiography = null,
        EnrollmentHistory? enrollment = null,
        IEnumerable<AttendanceRecord>? attendance = null,
        IEnumerable<ClubRecord>? clubs = null,
        IEnumerable<CourseSelectionEvaluation>? courseEvaluations = null)
    {
        Student = Guard.NotNull(student);
        _cadres = ValueList<CadreRecord>.From(cadres, nameof(cadres));
        _courses = ValueList<CourseRecord>.From(courses, nameof(courses));
        _outcomes = ValueList<CourseLearningOutcome>.From(outcomes, nameof(outcomes));
        _performances = ValueList<MultiPerformanceItem>.From(performances, nameof(performances));
        _counselling = ValueList<CounsellingRecord>.From(counselling, nameof(counselling));
        Autobiography = autobiography;
        Enrollment = enrollment ?? EnrollmentHistory.Empty;
        _attendance = ValueList<AttendanceRecord>.From(attendance, nameof(attendance));
        _clubs = ValueList<ClubRecord>.From(clubs, nameof(clubs));
        _evaluations = ValueList<CourseSelectionEvaluation>.From(courseEvaluations, nameof(courseEvaluations));
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

    /// <summary>Gets the counselling records (school-only).</summary>
    public IReadOnlyList<CounsellingRecord> Counselling => _counselling;

    /// <summary>Gets the attendance records (出缺勤紀錄); kept at school, never exported.</summary>
    public IReadOnlyList<AttendanceRecord> Attendance => _attendance;

    /// <summary>Gets the club records (社團紀錄); kept at school, never exported.</summary>
    public IReadOnlyList<ClubRecord> Clubs => _clubs;

    /// <summary>Gets the course-selection evaluations (修課評估); kept at school, never exported.</summary>
    public IReadOnlyList<CourseSelectionEvaluation> CourseEvaluations => _evaluations;

    /// <summary>Gets the autobiography / study plan, if entered.</summary>
    public Autobiography? Autobiography { get; }

    /// <summary>Gets the enrollment history.</summary>
    public EnrollmentHistory Enrollment { get; }

    /// <summary>Returns a copy with other outcomes.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The new portfolio.</returns>
    public LearningPortfolio WithOutcomes(IEnumerable<CourseLearningOutcome> outcomes) =>
        new(Student, _cadres, _courses, outcomes, _performances, _counselling, Autobiography, Enrollment, _attendance, _clubs, _evaluations);

    /// <summary>Returns a copy with other multi-performance items.</summary>
    /// <param name="performances">The items.</param>
    /// <returns>The new portfolio.</returns>
    public LearningPortfolio WithPerformances(IEnumerable<MultiPerformanceItem> performances) =>
        new(Student, _cadres, _courses, _outcomes, performances, _counselling, Autobiography, Enrollment, _attendance, _clubs, _evaluations);

    /// <summary>Returns the masked student key only.</summary>
    /// <returns>For example <c>Portfolio of A12****789/2008-05-01</c>.</returns>
    public override string ToString() => $"Portfolio of {Key}";
}
