using System.Globalization;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision logic of the quota rules over plain counts. Used by <see cref="PortfolioValidator"/> and by the
/// streaming validator, so each rule has one definition.
/// </summary>
internal static class QuotaChecks
{
    /// <summary>Returns whether <paramref name="count"/> exceeds <paramref name="cap"/>.</summary>
    public static bool OverCap(int count, int cap) => count > cap;

    /// <summary>Returns the upload rule broken by <paramref name="count"/> items in one period, or <see langword="null"/>.</summary>
    /// <param name="count">The number of items uploaded in the period.</param>
    /// <param name="limit">The policy's limit.</param>
    /// <param name="outcomes"><see langword="true"/> for course learning outcomes, <see langword="false"/> for multi-performance items.</param>
    public static RuleDescriptor? Uploads(int count, UploadLimit limit, bool outcomes)
    {
        if (limit.Maximum is { } max && count > max)
        {
            return outcomes ? QuotaRules.OutcomeUploadsAboveMaximum : QuotaRules.PerformanceUploadsAboveMaximum;
        }

        if (limit.Minimum is { } min && count < min)
        {
            return outcomes ? QuotaRules.OutcomeUploadsBelowMinimum : QuotaRules.PerformanceUploadsBelowMinimum;
        }

        return null;
    }

    /// <summary>Returns the cap on picks of one kind for one application.</summary>
    public static int PickCap(ApplicationPickLimits limits, ApplicationTargetKind target, bool outcomes) => (target, outcomes) switch
    {
        (ApplicationTargetKind.University, true) => limits.UniversityOutcomes,
        (ApplicationTargetKind.University, false) => limits.UniversityPerformances,
        (_, true) => limits.TechnicalCollegeOutcomes,
        _ => limits.TechnicalCollegePerformances,
    };

    /// <summary>Returns the rule for too many picks of one kind.</summary>
    public static RuleDescriptor PickRule(ApplicationTargetKind target, bool outcomes) => (target, outcomes) switch
    {
        (ApplicationTargetKind.University, true) => QuotaRules.UniversityOutcomePicks,
        (_, true) => QuotaRules.TechnicalCollegeOutcomePicks,
        _ => QuotaRules.PerformancePicks,
    };

    /// <summary>Formats a count for a message argument.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
