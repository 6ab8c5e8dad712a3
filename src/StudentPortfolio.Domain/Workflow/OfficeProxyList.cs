using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The proxy list with its order (代理人名單及代理順位) for an administrative office: the staff member who holds the
/// office's work (承辦人) and the proxies, first proxy first (松山商家學生學習歷程檔案作業補充規定 七(一)1(2)、2(2),
/// 七(三)1: data building, correction and handling of queries).
/// </summary>
/// <remarks>
/// Once a school gives an office a list, only the holder acts for the office, or a proxy when the holder and every
/// earlier proxy are marked unavailable; the proxy then acts with the office's permissions and the audit entry names
/// the holder. Without a list, any holder of the role acts. Immutable and thread-safe.
/// </remarks>
public sealed record OfficeProxyList
{
    private readonly ValueList<string> _proxies;

    /// <summary>Creates an office proxy list.</summary>
    /// <param name="office">The office: <see cref="Role.Registrar"/> (註冊組), <see cref="Role.TeachingSection"/> (教學組), <see cref="Role.StudentAffairs"/> (訓育組/生輔組) or <see cref="Role.GuidanceOffice"/> (輔導室).</param>
    /// <param name="holder">The staff identifier of the office's holder.</param>
    /// <param name="proxies">The proxies' staff identifiers in order (first acts first).</param>
    /// <exception cref="ArgumentException">The office is not administrative, an identifier is empty, a proxy is the holder, or a proxy is listed twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="holder"/> or <paramref name="proxies"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="office"/> is undefined.</exception>
    public OfficeProxyList(Role office, string holder, IEnumerable<string> proxies)
    {
        Guard.Defined(office);
        if (!IsOffice(office))
        {
            throw new ArgumentException($"{office} is not an administrative office.", nameof(office));
        }

        _proxies = ValueList<string>.From(ProxyOrder.Check(holder, proxies, nameof(proxies)), nameof(proxies));
        Office = office;
        Holder = holder;
    }

    /// <summary>Gets the office.</summary>
    public Role Office { get; }

    /// <summary>Gets the holder's staff identifier.</summary>
    public string Holder { get; }

    /// <summary>Gets the proxies in order.</summary>
    public IReadOnlyList<string> Proxies => _proxies;

    /// <summary>Returns whether <paramref name="role"/> is an administrative office that can have a proxy list.</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> for the registrar, the teaching section, student affairs and the guidance office.</returns>
    public static bool IsOffice(Role role) => role is Role.Registrar or Role.TeachingSection or Role.StudentAffairs or Role.GuidanceOffice;

    /// <summary>Returns the position of <paramref name="staffId"/> in the order (0 for the first proxy), or -1.</summary>
    /// <param name="staffId">The staff identifier.</param>
    /// <returns>The 0-based position, or -1 when not a proxy.</returns>
    public int IndexOf(string staffId) => _proxies.AsSpan().IndexOf(staffId);

    /// <summary>Returns who acts for the office now: the holder when available, else the first available proxy.</summary>
    /// <param name="availability">Who is unavailable.</param>
    /// <returns>The staff identifier, or <see langword="null"/> when nobody on the list is available.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> is <see langword="null"/>.</exception>
    public string? CurrentActor(StaffAvailability availability) => ProxyOrder.Current(Holder, _proxies, availability);

    /// <summary>Returns the office, holder and proxies.</summary>
    /// <returns>For example <c>Registrar: R001 -> R002, T009</c>.</returns>
    public override string ToString() => $"{Office}: {Holder} -> {string.Join(", ", _proxies)}";
}
