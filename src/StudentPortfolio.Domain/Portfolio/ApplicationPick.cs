using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// The items a student picks from the central database for one application (備審資料勾選): the target kind, the
/// department (校系) and the record ids of the picked course learning outcomes and multi-performance items. Picks
/// must come from items selected into the central database and are capped per department by policy.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ApplicationPick
{
    private readonly ValueList<RecordId> _outcomeIds;
    private readonly ValueList<RecordId> _performanceIds;

    /// <summary>Creates an application pick.</summary>
    /// <param name="target">The kind of institution.</param>
    /// <param name="department">The department applied to (校系), e.g. its code or name.</param>
    /// <param name="outcomeIds">The picked course learning outcomes.</param>
    /// <param name="performanceIds">The picked multi-performance items.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="department"/> is empty, or an id is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is <see langword="null"/>.</exception>
    public ApplicationPick(ApplicationTargetKind target, string department, IEnumerable<RecordId>? outcomeIds, IEnumerable<RecordId>? performanceIds)
    {
        _outcomeIds = ValueList<RecordId>.From(outcomeIds, nameof(outcomeIds));
        _performanceIds = ValueList<RecordId>.From(performanceIds, nameof(performanceIds));
        foreach (var id in _outcomeIds.AsSpan())
        {
            Guard.NotDefault(id, nameof(outcomeIds));
        }

        foreach (var id in _performanceIds.AsSpan())
        {
            Guard.NotDefault(id, nameof(performanceIds));
        }

        Target = Guard.Defined(target);
        Department = Guard.NotBlank(department);
    }

    /// <summary>Gets the kind of institution.</summary>
    public ApplicationTargetKind Target { get; }

    /// <summary>Gets the department applied to.</summary>
    public string Department { get; }

    /// <summary>Gets the picked course learning outcomes.</summary>
    public IReadOnlyList<RecordId> OutcomeIds => _outcomeIds;

    /// <summary>Gets the picked multi-performance items.</summary>
    public IReadOnlyList<RecordId> PerformanceIds => _performanceIds;
}
