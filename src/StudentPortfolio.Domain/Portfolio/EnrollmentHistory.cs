using System.Diagnostics.CodeAnalysis;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A student's enrollment history (學籍異動紀錄): the enrollment events in date order (events on the same date keep
/// the order in which they were given), with the status and school of record they imply on any date.
/// </summary>
/// <remarks>
/// <para>
/// The constructor accepts any events so that imported data can be reported on; <see cref="Problems"/> lists the
/// impossible steps (resume without suspension, transfer-in without a matching transfer-out, overlapping borrowed
/// study…), and the status queries skip those events. <see cref="Create"/> and <see cref="TryCreate"/> refuse an
/// impossible sequence.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record EnrollmentHistory
{
    private readonly ValueList<EnrollmentEvent> _events;
    private readonly ValueList<EnrollmentState> _statesAfter;
    private readonly ValueList<EnrollmentSequenceProblem> _problems;

    /// <summary>Creates a history from events in any order, without refusing impossible sequences (see <see cref="Problems"/>).</summary>
    /// <param name="events">The events; <see langword="null"/> means none.</param>
    /// <exception cref="ArgumentException">An event is <see langword="null"/>.</exception>
    public EnrollmentHistory(IEnumerable<EnrollmentEvent>? events)
    {
        var list = ValueList<EnrollmentEvent>.From(events, nameof(events));
        _events = InDateOrder(list) ? list : ValueList<EnrollmentEvent>.From(list.Select((e, i) => (e, i)).OrderBy(x => x.e.Date).ThenBy(x => x.i).Select(x => x.e), nameof(events));
        var (states, problems) = EnrollmentSequence.Run(_events);
        _statesAfter = ValueList<EnrollmentState>.From(states, nameof(events));
        _problems = ValueList<EnrollmentSequenceProblem>.From(problems, nameof(events));
    }

    private static bool InDateOrder(ValueList<EnrollmentEvent> events)
    {
        var span = events.AsSpan();
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Date < span[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the empty history.</summary>
    public static EnrollmentHistory Empty { get; } = new((IEnumerable<EnrollmentEvent>?)null);

    /// <summary>Gets the events in date order.</summary>
    public IReadOnlyList<EnrollmentEvent> Events => _events;

    /// <summary>Gets the impossible steps of the sequence, in date order; empty for a valid history.</summary>
    public IReadOnlyList<EnrollmentSequenceProblem> Problems => _problems;

    /// <summary>Gets a value indicating whether the events form a possible sequence.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Creates a history and refuses an impossible sequence.</summary>
    /// <param name="events">The events in any order; <see langword="null"/> means none.</param>
    /// <returns>The valid history.</returns>
    /// <exception cref="ArgumentException">An event is <see langword="null"/>.</exception>
    /// <exception cref="EnrollmentSequenceException">The events form an impossible sequence; the exception names the first offending event.</exception>
    public static EnrollmentHistory Create(IEnumerable<EnrollmentEvent>? events)
    {
        var history = new EnrollmentHistory(events);
        return history.IsValid ? history : throw new EnrollmentSequenceException(history._problems[0]);
    }

    /// <summary>Creates a history unless the events form an impossible sequence.</summary>
    /// <param name="events">The events in any order; <see langword="null"/> means none.</param>
    /// <param name="history">The valid history, or <see langword="null"/>.</param>
    /// <param name="problems">The impossible steps (empty on success).</param>
    /// <returns><see langword="true"/> when the sequence is possible.</returns>
    /// <exception cref="ArgumentException">An event is <see langword="null"/>.</exception>
    public static bool TryCreate(IEnumerable<EnrollmentEvent>? events, [NotNullWhen(true)] out EnrollmentHistory? history, out IReadOnlyList<EnrollmentSequenceProblem> problems)
    {
        var candidate = new EnrollmentHistory(events);
        problems = candidate._problems;
        history = candidate.IsValid ? candidate : null;
        return history is not null;
    }

    /// <summary>Returns the state at the end of <paramref name="date"/> (events dated that day have taken effect).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state; <see cref="EnrollmentState.None"/> before the first event.</returns>
    public EnrollmentState StateOn(LocalDate date) => StateAfter(LastIndexOnOrBefore(date));

    /// <summary>Returns the status at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public EnrollmentStatus StatusOn(LocalDate date) => StateOn(date).Status;

    /// <summary>Returns the school of record (學籍學校) on <paramref name="date"/>, while the student is registered there.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The school, or <see langword="null"/> when the student is not registered anywhere in this history on that date.</returns>
    public SchoolCode? SchoolOfRecordOn(LocalDate date)
    {
        var state = StateOn(date);
        return state.IsRegistered ? state.School : null;
    }

    /// <summary>Returns the state at the end of <paramref name="term"/>.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The state on the term's last day.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    public EnrollmentState StateAtEndOf(Term term)
    {
        Guard.NotDefault(term);
        return StateOn(term.End);
    }

    /// <summary>Returns whether the student is suspended (休學) on every day of <paramref name="term"/>.</summary>
    /// <param name="term">The term.</param>
    /// <returns><see langword="true"/> when suspended throughout.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    public bool IsSuspendedThroughout(Term term)
    {
        Guard.NotDefault(term);
        return Presence(term).SuspendedThroughout;
    }

    /// <summary>Summarises the states holding on some day of the term.</summary>
    internal TermPresence Presence(Term term)
    {
        var last = LastIndexOnOrBefore(term.End);
        var anyRegistered = false;
        var suspendedThroughout = true;
        SchoolCode? lastSchool = null;
        for (var i = LastIndexOnOrBefore(term.Start); i <= last; i++)
        {
            var state = StateAfter(i);
            if (state.IsRegistered)
            {
                anyRegistered = true;
                lastSchool = state.School;
            }

            suspendedThroughout &= state.Status == EnrollmentStatus.Suspended;
        }

        return new TermPresence(anyRegistered, suspendedThroughout, StateAfter(last).Status == EnrollmentStatus.Suspended, lastSchool);
    }

    /// <summary>Returns whether the student was on borrowed study at <paramref name="host"/> on some day of the term.</summary>
    internal bool HadBorrowedStudyAt(Term term, SchoolCode host)
    {
        var last = LastIndexOnOrBefore(term.End);
        for (var i = LastIndexOnOrBefore(term.Start); i <= last; i++)
        {
            if (StateAfter(i) is { Status: EnrollmentStatus.BorrowedStudy } state && state.CounterpartSchool == host)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the state after the event at <paramref name="index"/>, or <see cref="EnrollmentState.None"/> for -1.</summary>
    private EnrollmentState StateAfter(int index) => index < 0 ? EnrollmentState.None : _statesAfter[index];

    /// <summary>Returns the index of the last event dated on or before <paramref name="date"/>, or -1.</summary>
    private int LastIndexOnOrBefore(LocalDate date)
    {
        var span = _events.AsSpan();
        int lo = 0, hi = span.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (span[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
