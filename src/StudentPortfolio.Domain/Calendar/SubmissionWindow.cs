using NodaTime;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Calendar;

/// <summary>
/// One published window of a school's submission calendar: its kind, term, start and end instants (both
/// inclusive) and the optional self-check instant (自我檢核時間) the school set for it.
/// </summary>
/// <remarks>
/// A window marked <see cref="ForGraduatingGrade"/> applies only to students of the graduating grade (高三) and
/// replaces the general window of the same kind and term for them; it is how the grade-12 semester-2 exception to
/// the upload rule is published. Whether start, end and self-check are consistent is reported by
/// <c>CalendarValidator.Validate</c>, not thrown. Immutable and thread-safe.
/// </remarks>
public sealed record SubmissionWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="kind">The kind of window.</param>
    /// <param name="term">The term it belongs to.</param>
    /// <param name="start">The first instant the window is open.</param>
    /// <param name="end">The last instant the window is open.</param>
    /// <param name="selfCheck">The self-check instant, if the school set one.</param>
    /// <param name="forGraduatingGrade">Whether the window is for the graduating grade only.</param>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public SubmissionWindow(WindowKind kind, Term term, Instant start, Instant end, Instant? selfCheck = null, bool forGraduatingGrade = false)
    {
        Guard.Defined(kind);
        Guard.NotDefault(term);
        Kind = kind;
        Term = term;
        Start = start;
        End = end;
        SelfCheck = selfCheck;
        ForGraduatingGrade = forGraduatingGrade;
    }

    /// <summary>Gets the kind of window.</summary>
    public WindowKind Kind { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the first instant the window is open.</summary>
    public Instant Start { get; }

    /// <summary>Gets the last instant the window is open.</summary>
    public Instant End { get; }

    /// <summary>Gets the self-check instant, if any.</summary>
    public Instant? SelfCheck { get; }

    /// <summary>Gets a value indicating whether the window is for the graduating grade only.</summary>
    public bool ForGraduatingGrade { get; }

    /// <summary>Returns whether the window is open at <paramref name="at"/> (start and end inclusive).</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ at ≤ <see cref="End"/>.</returns>
    public bool Contains(Instant at) => Start <= at && at <= End;

    /// <summary>Returns the kind, term and the window in Taipei time.</summary>
    /// <returns>For example <c>StudentUpload 114-1 2025-09-01T08:00:00+08 – 2026-02-03T23:59:59+08</c>.</returns>
    public override string ToString() =>
        $"{Kind} {Term}{(ForGraduatingGrade ? " (graduating grade)" : string.Empty)} {TaipeiTime.Format(Start)} – {TaipeiTime.Format(End)}";
}
