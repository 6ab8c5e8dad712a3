using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The proxy list with its order (代理人名單及代理順位, 松山商家學生學習歷程檔案作業補充規定 七) for certifying the outcomes of one course:
/// the original course teacher and the proxies, first proxy first.
/// </summary>
/// <remarks>
/// A proxy may certify only when the original teacher is marked unavailable and every proxy earlier in the order
/// is unavailable too; the certification then records the teacher in <see cref="Certification.OnBehalfOf"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed record ProxyList
{
    private readonly ValueList<string> _proxies;

    /// <summary>Creates a proxy list.</summary>
    /// <param name="course">The course.</param>
    /// <param name="teacher">The original course teacher's staff identifier.</param>
    /// <param name="proxies">The proxies' staff identifiers in order (first acts first).</param>
    /// <exception cref="ArgumentException">The course is the default value, an identifier is empty, a proxy is the teacher, or a proxy is listed twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="teacher"/> or <paramref name="proxies"/> is <see langword="null"/>.</exception>
    public ProxyList(CourseCode course, string teacher, IEnumerable<string> proxies)
    {
        _proxies = ValueList<string>.From(ProxyOrder.Check(teacher, proxies, nameof(proxies)), nameof(proxies));

        Course = Guard.NotDefault(course);
        Teacher = teacher;
    }

    /// <summary>Gets the course.</summary>
    public CourseCode Course { get; }

    /// <summary>Gets the original course teacher's staff identifier.</summary>
    public string Teacher { get; }

    /// <summary>Gets the proxies in order.</summary>
    public IReadOnlyList<string> Proxies => _proxies;

    /// <summary>Returns the position of <paramref name="staffId"/> in the order (0 for the first proxy), or -1.</summary>
    /// <param name="staffId">The staff identifier.</param>
    /// <returns>The 0-based position, or -1 when not a proxy.</returns>
    public int IndexOf(string staffId) => _proxies.AsSpan().IndexOf(staffId);

    /// <summary>Returns who may certify now: the teacher when available, else the first available proxy.</summary>
    /// <param name="availability">Who is unavailable.</param>
    /// <returns>The staff identifier, or <see langword="null"/> when nobody on the list is available.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> is <see langword="null"/>.</exception>
    public string? CurrentCertifier(StaffAvailability availability) => ProxyOrder.Current(Teacher, _proxies, availability);

    /// <summary>Returns the course, teacher and proxies.</summary>
    /// <returns>For example <c>109041305H11101B1010101: T001 -> T002, T003</c>.</returns>
    public override string ToString() => $"{Course}: {Teacher} -> {string.Join(", ", _proxies)}";
}
