using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// Quota counting across enrollment changes: in which academic year (and, by policy, school) each outcome and
/// multi-performance item counts against the yearly caps.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Work counts in the academic year in which it happened: the record's term, or for a transfer record
/// (轉學轉科) the original term of its <see cref="CourseOrigin"/>.</item>
/// <item>A repeated year (重讀) is a later academic year, so its records already carry a later term: with
/// <see cref="EnrollmentPolicy.RepeatedYearHasFreshQuota"/> (default) it has its own quota, which equals counting by
/// <see cref="Term.Year"/>. When the switch is off, the repeated year's work counts in the year it repeats (the last
/// earlier academic year in which the student was registered and not suspended throughout).</item>
/// <item>With <see cref="EnrollmentPolicy.CountTransferYearAcrossSchools"/> (default) the buckets have no school: a
/// mid-year transfer does not reset the year's caps. When off, each school counts its own work: transfer records in
/// the original school, borrowed-study records in the home school, everything else in the school of record of the
/// record's term.</item>
/// </list>
/// Count a merged portfolio (see <see cref="ExchangeMerger"/>): merging keeps one copy of each record, so nothing is
/// counted twice. Thread-safe.
/// </remarks>
public static class QuotaCounter
{
    /// <summary>Returns the bucket in which an outcome counts.</summary>
    /// <param name="portfolio">The (merged) portfolio holding the outcome and the enrollment history.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="policy">The enrollment policy, e.g. <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <returns>The bucket.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static QuotaBucket BucketOf(LearningPortfolio portfolio, CourseLearningOutcome outcome, EnrollmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(policy);
        return Bucket(portfolio.Enrollment, portfolio.Student.School, outcome.Term, outcome.Kind, outcome.Origin, policy);
    }

    /// <summary>Returns the bucket in which a multi-performance item counts.</summary>
    /// <param name="portfolio">The (merged) portfolio holding the item and the enrollment history.</param>
    /// <param name="item">The item.</param>
    /// <param name="policy">The enrollment policy, e.g. <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <returns>The bucket.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static QuotaBucket BucketOf(LearningPortfolio portfolio, MultiPerformanceItem item, EnrollmentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(policy);
        return Bucket(portfolio.Enrollment, portfolio.Student.School, item.Term, CourseRecordKind.Regular, null, policy);
    }

    /// <summary>Counts outcomes and multi-performance items (all and selected) per bucket.</summary>
    /// <param name="portfolio">The (merged) portfolio.</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <returns>One tally per bucket that has records, ordered by year then school.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<QuotaTally> Tally(LearningPortfolio portfolio, EnrollmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        policy ??= EnrollmentPolicy.Default;
        var counts = new Dictionary<QuotaBucket, int[]>();
        var history = portfolio.Enrollment;
        var home = portfolio.Student.School;
        foreach (var outcome in portfolio.Outcomes)
        {
            var c = Slot(counts, Bucket(history, home, outcome.Term, outcome.Kind, outcome.Origin, policy));
            c[0]++;
            c[1] += outcome.IsSelected ? 1 : 0;
        }

        foreach (var item in portfolio.Performances)
        {
            var c = Slot(counts, Bucket(history, home, item.Term, CourseRecordKind.Regular, null, policy));
            c[2]++;
            c[3] += item.IsSelected ? 1 : 0;
        }

        return counts
            .OrderBy(kv => kv.Key.Year)
            .ThenBy(kv => kv.Key.School?.ToString() ?? string.Empty, StringComparer.Ordinal)
            .Select(kv => new QuotaTally(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))
            .ToArray();
    }

    /// <summary>The bucket decision, reusable by streaming validators.</summary>
    internal static QuotaBucket Bucket(EnrollmentHistory history, SchoolCode fallbackSchool, Term term, CourseRecordKind kind, CourseOrigin? origin, EnrollmentPolicy policy)
    {
        var workTerm = WorkTerm(term, kind, origin);
        var year = policy.RepeatedYearHasFreshQuota ? workTerm.Year : RepeatedYearOf(history, workTerm.Year);
        if (policy.CountTransferYearAcrossSchools)
        {
            return new QuotaBucket(year, null);
        }

        var school = kind == CourseRecordKind.Transfer && origin?.School is { } original
            ? original
            : history.Presence(workTerm).LastSchool ?? fallbackSchool;
        return new QuotaBucket(year, school);
    }

    /// <summary>The term in which the work happened: a transferred record's origin term, otherwise its own term.</summary>
    internal static Term WorkTerm(Term term, CourseRecordKind kind, CourseOrigin? origin) =>
        kind == CourseRecordKind.Transfer && origin?.Term is { } originTerm ? originTerm : term;

    /// <summary>
    /// When <paramref name="year"/> is a repeated year (a repeat-year event falls in it), returns the year it repeats:
    /// the last earlier year in which the student was registered and not suspended throughout; otherwise the year itself.
    /// </summary>

    internal static AcademicYear RepeatedYearOf(EnrollmentHistory history, AcademicYear year)
    {
        var events = history.Events;
        var repeated = false;
        var firstYear = year;
        for (var i = 0; i < events.Count; i++)
        {
            var eventYear = AcademicYear.Containing(events[i].Date);
            if (i == 0)
            {
                firstYear = eventYear;
            }

            repeated |= events[i].Kind == EnrollmentEventKind.RepeatYear && eventYear == year;
        }

        if (!repeated)
        {
            return year;
        }

        for (var y = year; y > firstYear;)
        {
            y = y.Previous;
            if (Studied(history, y.FirstSemester) || Studied(history, y.SecondSemester))
            {
                return y;
            }
        }

        return year;
    }

    private static bool Studied(EnrollmentHistory history, Term term)
    {
        var presence = history.Presence(term);
        return presence.AnyRegistered && !presence.SuspendedThroughout;
    }

    private static int[] Slot(Dictionary<QuotaBucket, int[]> counts, QuotaBucket bucket)
    {
        if (!counts.TryGetValue(bucket, out var c))
        {
            c = new int[4];
            counts.Add(bucket, c);
        }

        return c;
    }
}
