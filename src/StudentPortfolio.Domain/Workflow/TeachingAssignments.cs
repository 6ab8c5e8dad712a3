using StudentPortfolio.Calendar;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>The school's teaching assignments (teacher, course code, class, term), for class-scoped certification.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TeachingAssignments
{
    private readonly HashSet<TeachingAssignment> _set;

    /// <summary>Creates the assignments.</summary>
    /// <param name="assignments">The assignments; duplicates are kept once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assignments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An assignment is <see langword="null"/>.</exception>
    public TeachingAssignments(IEnumerable<TeachingAssignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        _set = [.. assignments.Select(a => a ?? throw new ArgumentException("An assignment is null.", nameof(assignments)))];
    }

    /// <summary>Gets the assignments, ordered by term, course, class and teacher.</summary>
    public IReadOnlyList<TeachingAssignment> All => _set
        .OrderBy(a => a.Term)
        .ThenBy(a => a.Course.ToString(), StringComparer.Ordinal)
        .ThenBy(a => a.ClassName, StringComparer.Ordinal)
        .ThenBy(a => a.Teacher, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Returns whether <paramref name="teacher"/> teaches <paramref name="course"/> to <paramref name="className"/> in <paramref name="term"/>.</summary>
    /// <param name="teacher">The staff identifier.</param>
    /// <param name="course">The course code.</param>
    /// <param name="className">The class; <see langword="null"/> (class unknown) matches no assignment.</param>
    /// <param name="term">The term.</param>
    /// <returns><see langword="true"/> when such an assignment exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teacher"/> is <see langword="null"/>.</exception>
    public bool Covers(string teacher, CourseCode course, string? className, Term term)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return className is not null
            && !string.IsNullOrWhiteSpace(teacher)
            && !course.IsDefault
            && !term.IsDefault
            && !string.IsNullOrWhiteSpace(className)
            && _set.Contains(new TeachingAssignment(teacher, course, className, term));
    }
}
