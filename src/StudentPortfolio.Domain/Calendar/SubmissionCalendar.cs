using NodaTime;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Calendar;

/// <summary>
/// A school's submission calendar (作業期程): per term, the published windows for student upload, teacher
/// certification, student selection, school submission and receipt confirmation, each with start, end and
/// self-check instants, plus the term's closing-ceremony date (休業式).
/// </summary>
/// <remarks>
/// <para>
/// Instants are absolute; they are shown in Asia/Taipei (<see cref="TaipeiTime"/>). For the graduating grade's second
/// semester (高三下) a school may publish separate windows (<see cref="SubmissionWindow.ForGraduatingGrade"/>), which
/// are exempt from the upload rule.
/// </para>
/// <para>
/// Construction rejects only structural problems (two windows of the same kind, term and audience);
/// <see cref="Validation.CalendarValidator"/> reports whether the calendar follows the policy's window rules. Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class SubmissionCalendar
{
    private readonly SubmissionWindow[] _windows;
    private readonly Dictionary<(WindowKind, Term, bool), SubmissionWindow> _index = [];
    private readonly SortedDictionary<Term, LocalDate> _closing = [];

    /// <summary>Creates a calendar.</summary>
    /// <param name="windows">The published windows.</param>
    /// <param name="closingCeremonies">The closing-ceremony date of each term.</param>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A window is <see langword="null"/>, two windows share kind, term and audience, or a term has two closing ceremonies or a default term.</exception>
    public SubmissionCalendar(IEnumerable<SubmissionWindow> windows, IEnumerable<KeyValuePair<Term, LocalDate>>? closingCeremonies = null)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var list = ValueList<SubmissionWindow>.From(windows, nameof(windows)).ToArray();
        foreach (var window in list)
        {
            if (!_index.TryAdd((window.Kind, window.Term, window.ForGraduatingGrade), window))
            {
                throw new ArgumentException($"Two {window.Kind} windows for {window.Term}{(window.ForGraduatingGrade ? " (graduating grade)" : string.Empty)}.", nameof(windows));
            }
        }

        foreach (var (term, date) in closingCeremonies ?? [])
        {
            Guard.NotDefault(term, nameof(closingCeremonies));
            if (!_closing.TryAdd(term, date))
            {
                throw new ArgumentException($"Two closing ceremonies for {term}.", nameof(closingCeremonies));
            }
        }

        Array.Sort(list, static (a, b) =>
        {
            var c = a.Term.CompareTo(b.Term);
            c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
            return c != 0 ? c : a.ForGraduatingGrade.CompareTo(b.ForGraduatingGrade);
        });
        _windows = list;
    }

    /// <summary>Gets the windows, ordered by term, kind and audience (general first).</summary>
    public IReadOnlyList<SubmissionWindow> Windows => _windows;

    /// <summary>Gets the closing-ceremony dates by term.</summary>
    public IReadOnlyDictionary<Term, LocalDate> ClosingCeremonies => _closing;

    /// <summary>Returns the window of a kind and term for an audience.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="term">The term.</param>
    /// <param name="forGraduatingGrade"><see langword="true"/> for the graduating grade's own window.</param>
    /// <param name="window">The window when published.</param>
    /// <returns><see langword="true"/> when published.</returns>
    public bool TryGetWindow(WindowKind kind, Term term, bool forGraduatingGrade, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubmissionWindow? window) =>
        _index.TryGetValue((kind, term, forGraduatingGrade), out window);

    /// <summary>Returns whether an action of <paramref name="kind"/> for <paramref name="term"/> may happen at <paramref name="at"/>.</summary>
    /// <param name="kind">The kind of window.</param>
    /// <param name="term">The term the action is for.</param>
    /// <param name="at">When the action happens.</param>
    /// <param name="graduating">Whether the student is in the graduating grade's second semester: its own window then counts too.</param>
    /// <returns><see langword="true"/> when a matching window is open at that instant.</returns>
    public bool IsOpen(WindowKind kind, Term term, Instant at, bool graduating = false) =>
        (Find(kind, term, false)?.Contains(at) ?? false) || (graduating && (Find(kind, term, true)?.Contains(at) ?? false));

    /// <summary>Returns the windows open at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The open windows, in calendar order.</returns>
    public IEnumerable<SubmissionWindow> OpenAt(Instant at) => _windows.Where(w => w.Contains(at));

    /// <summary>Returns the closing-ceremony date of a term, if published.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public LocalDate? GetClosingCeremony(Term term) => _closing.TryGetValue(term, out var date) ? date : null;

    /// <summary>Returns the window of a kind, term and audience, or <see langword="null"/>.</summary>
    internal SubmissionWindow? Find(WindowKind kind, Term term, bool forGraduatingGrade) =>
        _index.TryGetValue((kind, term, forGraduatingGrade), out var window) ? window : null;
}
