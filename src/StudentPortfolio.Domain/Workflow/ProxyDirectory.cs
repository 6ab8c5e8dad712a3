using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>The school's proxy lists, one per course (a later list for the same course replaces an earlier one).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProxyDirectory
{
    private readonly Dictionary<CourseCode, ProxyList> _byCourse;

    /// <summary>Creates a directory.</summary>
    /// <param name="lists">The proxy lists.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list is <see langword="null"/>.</exception>
    public ProxyDirectory(IEnumerable<ProxyList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _byCourse = [];
        foreach (var list in lists)
        {
            if (list is null)
            {
                throw new ArgumentException("A proxy list is null.", nameof(lists));
            }

            _byCourse[list.Course] = list;
        }
    }

    /// <summary>Gets the directory with no proxy lists.</summary>
    public static ProxyDirectory Empty { get; } = new([]);

    /// <summary>Gets the lists, ordered by course.</summary>
    public IReadOnlyList<ProxyList> Lists => _byCourse.Values.OrderBy(l => l.Course.ToString(), StringComparer.Ordinal).ToArray();

    /// <summary>Returns the proxy list of <paramref name="course"/>, if any.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    public ProxyList? For(CourseCode course) => _byCourse.GetValueOrDefault(course);
}
