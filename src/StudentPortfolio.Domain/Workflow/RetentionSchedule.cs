using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Which departed students' data may be deleted on a date (松山商家學生學習歷程檔案作業補充規定 八: 離校生之學習歷程檔案資料，保存 5 年；達保存年限後，
/// 始得刪除). The retention period is a policy value (松山: 5 years; national: not set, so nothing is ever deletable).
/// </summary>
/// <remarks>
/// <para>
/// A student has left when the latest enrollment event (at the given school, if one is given) is a withdrawal,
/// graduation or transfer out (the same reading as the validator's <c>SP-D002</c>); a later admission, transfer in
/// or resumption means the student is back.
/// </para>
/// <para>
/// Boundary (the same as <see cref="PortfolioPolicy.RetentionEndsOn"/> and <c>SP-D002</c>): the period is counted as
/// the statutes count periods (民法 第120條第2項、第121條, 行政程序法 第48條): the leaving day is not counted, so the
/// period runs from the next day and the data may be deleted from the day after its last day. A student who left on
/// 2026-07-31 with a 5-year period is retained through 2031-07-31 and deletable from 2031-08-01. A leaving date of
/// 29 February starts the count on 1 March, so the data are deletable from 1 March.
/// </para>
/// </remarks>
public static class RetentionSchedule
{
    /// <summary>Returns the retention period a policy sets (<see cref="PortfolioPolicy.RetentionYearsAfterLeaving"/>), or <see langword="null"/> when it sets none.</summary>
    /// <param name="policy">The policy, e.g. the 松山 preset (5 years) or the national one (none).</param>
    /// <returns>The period in years, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static Period? PeriodOf(PortfolioPolicy policy) =>
        Guard.NotNull(policy).RetentionYearsAfterLeaving is { } years ? Period.FromYears(years) : null;

    /// <summary>Returns the leaving event of a history: a withdrawal, graduation or transfer out on the date of its latest event (at <paramref name="school"/>, if given).</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="school">The school whose events count, or <see langword="null"/> for all.</param>
    /// <returns>The leaving event, or <see langword="null"/> when the student has not left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    public static EnrollmentEvent? LeavingEvent(EnrollmentHistory history, SchoolCode? school = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var events = history.Events.Where(e => school is null || e.School == school).ToList();
        var latest = events.Count == 0 ? (LocalDate?)null : events.Max(e => e.Date);
        return events.FirstOrDefault(e => e.Date == latest && IntegrityChecks.IsLeaving(e.Kind));
    }

    /// <summary>Decides for one student.</summary>
    /// <param name="student">The student.</param>
    /// <param name="history">The enrollment history.</param>
    /// <param name="retention">The retention period after leaving; <see langword="null"/> means no period is set (never deletable).</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="school">The school whose events count, or <see langword="null"/> for all.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="retention"/> is negative or has time units.</exception>
    public static RetentionDecision Decide(StudentKey student, EnrollmentHistory history, Period? retention, LocalDate date, SchoolCode? school = null)
    {
        CheckPeriod(retention);
        var leaving = LeavingEvent(history, school);
        if (leaving is null)
        {
            return new RetentionDecision(student, null, null, null, false);
        }

        LocalDate? from = retention is null ? null : StatutoryPeriod.FirstDayAfter(leaving.Date, retention);
        return new RetentionDecision(student, leaving.Date, leaving.Kind, from, from is { } f && date >= f);
    }

    /// <summary>Returns the decisions of the portfolios whose data may be deleted on <paramref name="date"/>, ordered by student.</summary>
    /// <param name="portfolios">The portfolios.</param>
    /// <param name="retention">The retention period after leaving; <see langword="null"/> means none (the result is empty).</param>
    /// <param name="date">The date.</param>
    /// <param name="school">The school whose events count, or <see langword="null"/> for all.</param>
    /// <returns>The deletable students' decisions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A portfolio is <see langword="null"/>, or <paramref name="retention"/> is negative or has time units.</exception>
    public static IReadOnlyList<RetentionDecision> DeletableOn(IEnumerable<LearningPortfolio> portfolios, Period? retention, LocalDate date, SchoolCode? school = null)
    {
        ArgumentNullException.ThrowIfNull(portfolios);
        CheckPeriod(retention);
        var result = new List<RetentionDecision>();
        foreach (var portfolio in portfolios)
        {
            if (portfolio is null)
            {
                throw new ArgumentException("A portfolio is null.", nameof(portfolios));
            }

            var decision = Decide(portfolio.Key, portfolio.Enrollment, retention, date, school);
            if (decision.IsDeletable)
            {
                result.Add(decision);
            }
        }

        result.Sort(static (a, b) => a.Student.CompareTo(b.Student));
        return result;
    }

    private static void CheckPeriod(Period? retention)
    {
        if (retention is null)
        {
            return;
        }

        if (retention.HasTimeComponent || retention.Years < 0 || retention.Months < 0 || retention.Weeks < 0 || retention.Days < 0)
        {
            throw new ArgumentException("The retention period must be a non-negative period of years, months, weeks or days.", nameof(retention));
        }
    }
}
