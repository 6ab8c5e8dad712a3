using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>
/// One teaching assignment (授課安排): a teacher teaches a course (課程代碼) to a class (開課班級) in a term. Course
/// learning outcomes are certified by the teacher of the course <em>for that class and term</em>
/// (松山商家學生學習歷程檔案作業補充規定 五(三)1, 白河商工學生學習歷程檔案作業補充規定 四(一)四), not by any teacher of the same course code.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TeachingAssignment
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="teacher">The teacher's staff identifier, e.g. <c>T001</c>.</param>
    /// <param name="course">The course code.</param>
    /// <param name="className">The class or teaching group the course is taught to (開課班級), e.g. <c>商二甲</c>.</param>
    /// <param name="term">The term.</param>
    /// <exception cref="ArgumentException"><paramref name="teacher"/> or <paramref name="className"/> is empty, or <paramref name="course"/> or <paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="teacher"/> or <paramref name="className"/> is <see langword="null"/>.</exception>
    public TeachingAssignment(string teacher, CourseCode course, string className, Term term)
    {
        Teacher = Guard.NotBlank(teacher);
        Course = Guard.NotDefault(course);
        ClassName = Guard.NotBlank(className);
        Term = Guard.NotDefault(term);
    }

    /// <summary>Gets the teacher's staff identifier.</summary>
    public string Teacher { get; }

    /// <summary>Gets the course code.</summary>
    public CourseCode Course { get; }

    /// <summary>Gets the class the course is taught to.</summary>
    public string ClassName { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Returns the teacher, course, class and term.</summary>
    /// <returns>For example <c>T001 109041305H11101B1010101 商二甲 114-1</c>.</returns>
    public override string ToString() => $"{Teacher} {Course} {ClassName} {Term}";
}
