using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Export;

/// <summary>
/// A central-database submission document: one school, one term, the declared content kinds and the students.
/// Write it with <see cref="SubmissionWriter"/>, read it with <see cref="SubmissionReader"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SubmissionDocument
{
    private readonly ValueList<StudentSubmission> _students;

    /// <summary>Creates a document.</summary>
    /// <param name="header">The header.</param>
    /// <param name="students">The students, in the order they are written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A student is <see langword="null"/>.</exception>
    public SubmissionDocument(SubmissionHeader header, IEnumerable<StudentSubmission>? students)
    {
        Header = Guard.NotNull(header);
        _students = ValueList<StudentSubmission>.From(students, nameof(students));
    }

    /// <summary>Gets the header.</summary>
    public SubmissionHeader Header { get; }

    /// <summary>Gets the students.</summary>
    public IReadOnlyList<StudentSubmission> Students => _students;

    /// <summary>Creates a document from portfolios; their counselling records are left behind.</summary>
    /// <param name="header">The header.</param>
    /// <param name="portfolios">The portfolios.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A portfolio is <see langword="null"/>.</exception>
    public static SubmissionDocument FromPortfolios(SubmissionHeader header, IEnumerable<LearningPortfolio> portfolios)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(portfolios);
        var students = new List<StudentSubmission>();
        foreach (var p in portfolios)
        {
            if (p is null)
            {
                throw new ArgumentException($"Portfolio {students.Count} is null.", nameof(portfolios));
            }

            students.Add(StudentSubmission.From(p));
        }

        return new SubmissionDocument(header, students);
    }

    /// <summary>Returns a summary without personal data.</summary>
    /// <returns>For example <c>Submission 041305 114-1 (3 students)</c>.</returns>
    public override string ToString() => $"Submission {Header.School} {Header.Term} ({_students.Count} students)";
}
