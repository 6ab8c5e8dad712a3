using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The school's proxy lists: one per course for certification, and one per administrative office for data
/// building, correction and query handling. A later list for the same course or office replaces an earlier one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProxyDirectory
{
    private readonly Dictionary<CourseCode, ProxyList> _byCourse;
    private readonly Dictionary<Role, OfficeProxyList> _byOffice;

    /// <summary>Creates a directory.</summary>
    /// <param name="lists">The course proxy lists.</param>
    /// <param name="offices">The office proxy lists; <see langword="null"/> means none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lists"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A list is <see langword="null"/>.</exception>
    public ProxyDirectory(IEnumerable<ProxyList> lists, IEnumerable<OfficeProxyList>? offices = null)
    {
        ArgumentNullException.ThrowIfNull(lists);
        _byCourse = [];
        foreach (var list in lists)
        {
            _byCourse[list?.Course ?? throw new ArgumentException("A proxy list is null.", nameof(lists))] = list;
        }

        _byOffice = [];
        foreach (var list in offices ?? [])
        {
            _byOffice[list?.Office ?? throw new ArgumentException("An office proxy list is null.", nameof(offices))] = list;
        }
    }

    /// <summary>Gets the directory with no proxy lists.</summary>
    public static ProxyDirectory Empty { get; } = new([]);

    /// <summary>Gets the course lists, ordered by course.</summary>
    public IReadOnlyList<ProxyList> Lists => _byCourse.Values.OrderBy(l => l.Course.ToString(), StringComparer.Ordinal).ToArray();

    /// <summary>Gets the office lists, ordered by office.</summary>
    public IReadOnlyList<OfficeProxyList> OfficeLists => _byOffice.Values.OrderBy(l => l.Office).ToArray();

    /// <summary>Returns the proxy list of <paramref name="course"/>, if any.</summary>
    /// <param name="course">The course.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    public ProxyList? For(CourseCode course) => _byCourse.GetValueOrDefault(course);

    /// <summary>Returns the proxy list of <paramref name="office"/>, if any.</summary>
    /// <param name="office">The office role.</param>
    /// <returns>The list, or <see langword="null"/>.</returns>
    public OfficeProxyList? ForOffice(Role office) => _byOffice.GetValueOrDefault(office);
}
