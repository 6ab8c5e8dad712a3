using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// A school's teaching assignments (授課安排): which teacher teaches which course to which class in which term. Course
/// certification (課程學習成果認證) belongs to the teacher of the student's own class and course, so a host answers
/// this from its timetable.
/// </summary>
/// <remarks>
/// Register your implementation before <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>;
/// <see cref="SchoolContext.Teaches"/> asks it for the context's school. With none registered nobody is assigned
/// (deny by default). Implementations must be thread-safe.
/// </remarks>
public interface ITeachingAssignmentSource
{
    /// <summary>Returns whether a teacher teaches a course to a class in a term.</summary>
    /// <param name="school">The school.</param>
    /// <param name="teacherId">The teacher's staff identifier.</param>
    /// <param name="course">The course code.</param>
    /// <param name="className">The class (班級), as in <see cref="StudentBasicData.ClassName"/>.</param>
    /// <param name="term">The term.</param>
    /// <returns><see langword="true"/> when the assignment exists.</returns>
    bool Teaches(SchoolCode school, string teacherId, CourseCode course, string className, Term term);
}
