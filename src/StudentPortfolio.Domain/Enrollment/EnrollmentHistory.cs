using StudentPortfolio.Internal;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// A student's enrollment history: the enrollment events in date order (events on the same date keep the order
/// in which they were given).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnrollmentHistory
{
    private readonly ValueList<EnrollmentEvent> _events;

    /// <summary>Creates a history from events in any order.</summary>
    /// <param name="events">The events; <see langword="null"/> means none.</param>
    /// <exception cref="ArgumentException">An event is <see langword="null"/>.</exception>
    public EnrollmentHistory(IEnumerable<EnrollmentEvent>? events)
    {
        var list = ValueList<EnrollmentEvent>.From(events, nameof(events));
        var sorted = list.Select((e, i) => (e, i)).OrderBy(x => x.e.Date).ThenBy(x => x.i).Select(x => x.e);
        _events = ValueList<EnrollmentEvent>.From(sorted, nameof(events));
    }

    /// <summary>Gets the empty history.</summary>
    public static EnrollmentHistory Empty { get; } = new((IEnumerable<EnrollmentEvent>?)null);

    /// <summary>Gets the events in date order.</summary>
    public IReadOnlyList<EnrollmentEvent> Events => _events;
}
