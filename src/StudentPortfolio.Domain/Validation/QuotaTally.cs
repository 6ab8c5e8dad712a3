using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Counts one student's uploads per term and selections per academic year (the academic year in which the work
/// happened, so a repeated year has its own quota) and reports the quota rules they break. Feed it records in
/// any order; the findings do not depend on the order.
/// </summary>
internal sealed class QuotaTally
{
    private readonly Dictionary<Term, int> _outcomeUploads = [];
    private readonly Dictionary<Term, int> _performanceUploads = [];
    private readonly Dictionary<AcademicYear, int> _outcomeSelections = [];
    private readonly Dictionary<AcademicYear, int> _performanceSelections = [];

    /// <summary>Marks a term in which the student was enrolled, so upload minimums are checked for it even with no upload.</summary>
    public void ExpectTerm(Term term)
    {
        _outcomeUploads.TryAdd(term, 0);
        _performanceUploads.TryAdd(term, 0);
    }

    /// <summary>Counts a course learning outcome.</summary>
    public void AddOutcome(Term term, bool selected)
    {
        Increment(_outcomeUploads, term);
        if (selected)
        {
            Increment(_outcomeSelections, term.Year);
        }
    }

    /// <summary>Counts a multi-performance item.</summary>
    public void AddPerformance(Term term, bool selected)
    {
        Increment(_performanceUploads, term);
        if (selected)
        {
            Increment(_performanceSelections, term.Year);
        }
    }

    /// <summary>Adds the findings for every cap and minimum the counts break.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="findings">Where to add findings.</param>
    public void Check(PortfolioPolicy policy, List<RuleFinding> findings)
    {
        Selections(_outcomeSelections, policy.OutcomeSelectionsPerYear, QuotaRules.OutcomeSelectionsPerYear, "$.outcomes", findings);
        Selections(_performanceSelections, policy.PerformanceSelectionsPerYear, QuotaRules.PerformanceSelectionsPerYear, "$.performances", findings);
        Uploads(_outcomeUploads, policy, policy.OutcomeUploads, outcomes: true, "$.outcomes", findings);
        Uploads(_performanceUploads, policy, policy.PerformanceUploads, outcomes: false, "$.performances", findings);
    }

    private static void Selections(Dictionary<AcademicYear, int> counts, int cap, RuleDescriptor rule, string path, List<RuleFinding> findings)
    {
        foreach (var (year, count) in counts)
        {
            if (QuotaChecks.OverCap(count, cap))
            {
                findings.Add(new RuleFinding(rule, path, null, [year.ToString(), QuotaChecks.Text(count), QuotaChecks.Text(cap)]));
            }
        }
    }

    private static void Uploads(Dictionary<Term, int> perTerm, PortfolioPolicy policy, UploadLimit limit, bool outcomes, string path, List<RuleFinding> findings)
    {
        if (limit.Minimum is null && limit.Maximum is null)
        {
            return;
        }

        // Minimums are checked for periods with at least one upload and for expected terms (ExpectTerm): a term with
        // no record at all may be one the student was not enrolled in (suspended, not yet reached).
        var counts = perTerm;
        if (limit.Period == QuotaPeriod.AcademicYear)
        {
            counts = [];
            foreach (var (term, count) in perTerm)
            {
                var yearTerm = term.Year.FirstSemester;
                counts[yearTerm] = counts.GetValueOrDefault(yearTerm) + count;
            }
        }

        foreach (var (term, count) in counts)
        {
            var rule = QuotaChecks.Uploads(count, limit, outcomes);
            if (rule is null)
            {
                continue;
            }

            var isMinimum = rule == QuotaRules.OutcomeUploadsBelowMinimum || rule == QuotaRules.PerformanceUploadsBelowMinimum;
            var bound = isMinimum ? limit.Minimum!.Value : limit.Maximum!.Value;
            findings.Add(new RuleFinding(
                rule,
                path,
                null,
                [QuotaChecks.PeriodLabel(term, limit.Period), QuotaChecks.Text(count), QuotaChecks.Text(bound), policy.Id],
                isMinimum ? limit.MinimumSeverity : null));
        }
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull
    {
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
