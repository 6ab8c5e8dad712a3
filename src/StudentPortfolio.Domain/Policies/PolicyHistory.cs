using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>
/// The versions of one school's policy over time (a school revises its 補充規定: 松山商家's was revised five times
/// between 107 and 112), each in force from its <see cref="PortfolioPolicy.EffectiveFrom"/> date until the next one.
/// <c>PortfolioValidator</c> and <c>BulkValidator</c> accept a history and judge every
/// record by the version in force for its term; records from before the first version are reported (<c>SP-D004</c>).
/// </summary>
/// <remarks>
/// <para>
/// A record carries a term, not a date, so a term is judged by the version in force on its last day
/// (<see cref="Term.End"/>): the uploads, certification and selection of a semester are checked in the windows at
/// its end, under the rules then in force, and a revision that takes effect during a semester (e.g. 112-08-23) governs
/// that semester. A count per academic year is judged by the version in force on the year's last day (31 July).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PolicyHistory
{
    private readonly PortfolioPolicy[] _versions;

    /// <summary>Creates a history from policy versions in any order.</summary>
    /// <param name="versions">The versions; at least one, each with its own effective date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no version, or two take effect on the same date.</exception>
    public PolicyHistory(IEnumerable<PortfolioPolicy> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var list = versions.Select(v => v ?? throw new ArgumentNullException(nameof(versions), "A policy version is null.")).ToList();

        if (list.Count == 0)
        {
            throw new ArgumentException("A policy history needs at least one version.", nameof(versions));
        }

        list.Sort(static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        if (SameDate(list) is { } clash)
        {
            throw new ArgumentException($"Policy versions {list[clash - 1]} and {list[clash]} both take effect on {ErrorText.Excerpt(list[clash].EffectiveFrom.ToString("yyyy-MM-dd", null))}; give each version its own effective date.", nameof(versions));
        }

        _versions = [.. list];
    }

    /// <summary>Gets the versions ordered by <see cref="PortfolioPolicy.EffectiveFrom"/>.</summary>
    public IReadOnlyList<PortfolioPolicy> Versions => _versions;

    /// <summary>Gets the first version.</summary>
    public PortfolioPolicy First => _versions[0];

    /// <summary>Gets the latest version (the one in force from the latest effective date on).</summary>
    public PortfolioPolicy Latest => _versions[^1];

    /// <summary>Returns a history of one version.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static PolicyHistory Of(PortfolioPolicy policy) =>
        new([Guard.NotNull(policy)]);

    /// <summary>
    /// Returns the version in force on a date: the one with the latest effective date on or before it, or the first
    /// version for an earlier date (see <see cref="IsBeforeFirst(LocalDate)"/>).
    /// </summary>
    /// <param name="date">The date (Asia/Taipei).</param>
    /// <returns>The policy.</returns>
    public PortfolioPolicy On(LocalDate date) => _versions[IndexOn(date)];

    /// <summary>Returns the version a term is judged by: the one in force on the term's last day.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    public PortfolioPolicy For(Term term)
    {
        Guard.NotDefault(term);
        return On(term.End);
    }

    /// <summary>Returns whether a date lies before the first version took effect (no version was in force).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is before <see cref="First"/>'s effective date.</returns>
    public bool IsBeforeFirst(LocalDate date) => date < _versions[0].EffectiveFrom;

    /// <summary>Returns <c>policy id: n versions from yyyy-MM-dd</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Latest.Id}: {_versions.Length} version(s) from {First.EffectiveFrom:yyyy-MM-dd}";

    /// <summary>The index of the version in force on a date (the first for an earlier date).</summary>
    internal int IndexOn(LocalDate date)
    {
        var index = 0;
        for (var i = 1; i < _versions.Length && _versions[i].EffectiveFrom <= date; i++)
        {
            index = i;
        }

        return index;
    }

    /// <summary>Returns the index of the second of two sorted versions with the same effective date, if any.</summary>
    internal static int? SameDate(IReadOnlyList<PortfolioPolicy> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                return i;
            }
        }

        return null;
    }
}
