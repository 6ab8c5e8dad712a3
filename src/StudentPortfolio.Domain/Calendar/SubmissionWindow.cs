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
        Kind = Guard.Defined(kind);
        Term = Guard.NotDefault(term);
        Start = start;
        End = end;
        SelfCheck = selfCheck;
        ForGraduatingGrade = forGraduatingGrade;
    }

    /// <summary>
    /// Creates a window published as Taipei dates (e.g. 「115年1月20日至1月26日」): open from the start of
    /// <paramref name="firstDay"/> to the end of <paramref name="lastDay"/> in Asia/Taipei.
    /// </summary>
    /// <param name="kind">The kind of window.</param>
    /// <param name="term">The term it belongs to.</param>
    /// <param name="firstDay">The first day the window is open.</param>
    /// <param name="lastDay">The last day the window is open, whole.</param>
    /// <param name="selfCheckDay">The self-check day (自我檢核), its start in Asia/Taipei, if the school set one.</param>
    /// <param name="forGraduatingGrade">Whether the window is for the graduating grade only.</param>
    /// <returns>The window; its <see cref="End"/> is the last instant of <paramref name="lastDay"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static SubmissionWindow FromTaipeiDates(WindowKind kind, Term term, LocalDate firstDay, LocalDate lastDay, LocalDate? selfCheckDay = null, bool forGraduatingGrade = false) =>
        new(kind, term, TaipeiTime.StartOfDay(firstDay), TaipeiTime.StartOfDay(lastDay.PlusDays(1)) - Duration.Epsilon, selfCheckDay is { } day ? TaipeiTime.StartOfDay(day) : null, forGraduatingGrade);

    /// <summary>Creates a window published as Taipei local times (e.g. 「1月20日8時至1月26日17時」), both inclusive.</summary>
    /// <param name="kind">The kind of window.</param>
    /// <param name="term">The term it belongs to.</param>
    /// <param name="start">The first local time the window is open, in Asia/Taipei.</param>
    /// <param name="end">The last local time the window is open, in Asia/Taipei.</param>
    /// <param name="selfCheck">The self-check local time, if the school set one.</param>
    /// <param name="forGraduatingGrade">Whether the window is for the graduating grade only.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static SubmissionWindow FromTaipeiTimes(WindowKind kind, Term term, LocalDateTime start, LocalDateTime end, LocalDateTime? selfCheck = null, bool forGraduatingGrade = false) =>
        new(kind, term, TaipeiTime.InstantOf(start), TaipeiTime.InstantOf(end), selfCheck is { } check ? TaipeiTime.InstantOf(check) : null, forGraduatingGrade);

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
