using System.Collections.Immutable;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Which staff members are marked unavailable (人員異動: left, on leave, account closed). Everyone not marked is
/// available. Proxies (代理人) act only for unavailable teachers.
/// </summary>
/// <remarks>Immutable and thread-safe; the <c>Mark…</c> methods return new instances.</remarks>
public sealed class StaffAvailability
{
    private readonly ImmutableHashSet<string> _unavailable;

    private StaffAvailability(ImmutableHashSet<string> unavailable) => _unavailable = unavailable;

    /// <summary>Gets the availability where everyone is available.</summary>
    public static StaffAvailability AllAvailable { get; } = new(ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    /// <summary>Gets the staff identifiers marked unavailable, ordered.</summary>
    public IReadOnlyList<string> Unavailable => _unavailable.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Returns whether <paramref name="staffId"/> is available (not marked unavailable).</summary>
    /// <param name="staffId">The staff identifier.</param>
    /// <returns><see langword="true"/> unless marked unavailable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="staffId"/> is <see langword="null"/>.</exception>
    public bool IsAvailable(string staffId) =>
        !_unavailable.Contains(Guard.NotNull(staffId));

    /// <summary>Returns a copy with <paramref name="staffId"/> marked unavailable.</summary>
    /// <param name="staffId">The staff identifier.</param>
    /// <returns>The new availability.</returns>
    /// <exception cref="ArgumentException"><paramref name="staffId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="staffId"/> is <see langword="null"/>.</exception>
    public StaffAvailability MarkUnavailable(string staffId) =>
        new(_unavailable.Add(Guard.NotBlank(staffId)));

    /// <summary>Returns a copy with <paramref name="staffId"/> available again.</summary>
    /// <param name="staffId">The staff identifier.</param>
    /// <returns>The new availability.</returns>
    /// <exception cref="ArgumentException"><paramref name="staffId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="staffId"/> is <see langword="null"/>.</exception>
    public StaffAvailability MarkAvailable(string staffId) =>
        new(_unavailable.Remove(Guard.NotBlank(staffId)));

    /// <summary>Returns the number of staff marked unavailable.</summary>
    /// <returns>For example <c>2 unavailable</c>.</returns>
    public override string ToString() => $"{_unavailable.Count} unavailable";
}
