using NodaTime;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision logic of the integrity rules over plain values. Used by <see cref="PortfolioValidator"/> and by the
/// streaming validator, so each rule has one definition.
/// </summary>
internal static class IntegrityChecks
{
    /// <summary>Returns whether an event kind ends the student's time at the school of record.</summary>
    public static bool IsLeaving(EnrollmentEventKind kind) =>
        kind is EnrollmentEventKind.Graduate or EnrollmentEventKind.Withdraw or EnrollmentEventKind.TransferOut;

    /// <summary>Returns the day the student left, when the latest enrollment event is a leaving one.</summary>
    public static LocalDate? LeftOn(EnrollmentHistory history)
    {
        LocalDate? latest = null;
        foreach (var e in history.Events)
        {
            if (latest is null || e.Date > latest)
            {
                latest = e.Date;
            }
        }

        foreach (var e in history.Events)
        {
            if (e.Date == latest && IsLeaving(e.Kind))
            {
                return latest;
            }
        }

        return null;
    }

    /// <summary>Returns the day the retention period ended when it has ended by <paramref name="asOf"/>, else <see langword="null"/>.</summary>
    public static LocalDate? RetentionOver(LocalDate leftOn, LocalDate asOf, PortfolioPolicy policy) =>
        policy.RetentionEndsOn(leftOn) is { } end && asOf >= end ? end : null;
}
