using System.Globalization;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Validates a learning portfolio against a <see cref="PortfolioPolicy"/> (and, when given, the school's
/// <see cref="SubmissionCalendar"/>): upload and selection caps per academic year, certification of selected outcomes,
/// duplicate selections and record ids, descriptions, files, dates, required fields and certification times;
/// enrollment-change rules (SP-E, via <see cref="EnrollmentValidator"/> with <see cref="PortfolioPolicy.Enrollment"/>,
/// including the submitting school when <see cref="PortfolioValidationOptions.SubmittingSchool"/> is set); and a
/// student's application picks against the pick caps; then the school's own rules (<see cref="ISchoolRule"/>).
/// </summary>
/// <remarks>
/// <para>
/// The result is an immutable <see cref="ValidationReport"/> in canonical order. Validation is deterministic and
/// does not depend on the order of records: every count is per academic year (or term) in which the work happened,
/// and paths name the record's position so the same problems are found whatever the order.
/// </para>
/// <para>Stateless apart from the policy and calendar: one instance can be shared between threads.</para>
/// </remarks>
public sealed class PortfolioValidator
{
    [ThreadStatic]
    private static Workspace? _workspace;

    private readonly RuleEvaluator _evaluator;
    private readonly SchoolRuleSet _schoolRules;

    /// <summary>Creates a validator.</summary>
    /// <param name="policy">The policy to apply.</param>
    /// <param name="calendar">The school's submission calendar; without one, window rules are not checked.</param>
    /// <param name="schoolRules">The school's own rules, run on every portfolio after the library's (see <see cref="ISchoolRule"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A school rule is <see langword="null"/> or has no descriptor, its code starts with the library's <c>SP-</c> or is
    /// not a school rule code, or two different rules share a code.
    /// </exception>
    public PortfolioValidator(PortfolioPolicy policy, SubmissionCalendar? calendar = null, IEnumerable<ISchoolRule>? schoolRules = null)
        : this(PolicyHistory.Of(policy ?? throw new ArgumentNullException(nameof(policy))), calendar, schoolRules)
    {
    }

    /// <summary>
    /// Creates a validator over a school's policy versions: each record is judged by the version in force for its term
    /// (the one in force on the term's last day; a yearly count by the one in force on the year's last day), and records
    /// from before the first version are reported (<c>SP-D004</c>, a warning) and judged by the first. Rules not tied to
    /// a term (enrollment switches, retention, the calendar's graduating grade, application picks) use the latest version.
    /// </summary>
    /// <param name="policies">The policy versions.</param>
    /// <param name="calendar">The school's submission calendar, or <see langword="null"/>: then window rules are not checked.</param>
    /// <param name="schoolRules">The school's own rules, run on every student after the library's (see <see cref="ISchoolRule"/>).</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    public static PortfolioValidator FromHistory(PolicyHistory policies, SubmissionCalendar? calendar = null, IEnumerable<ISchoolRule>? schoolRules = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        return new PortfolioValidator(policies, calendar, schoolRules);
    }

    private PortfolioValidator(PolicyHistory policies, SubmissionCalendar? calendar, IEnumerable<ISchoolRule>? schoolRules)
    {
        PolicyHistory = policies;
        Policy = policies.Latest;
        Calendar = calendar;
        _evaluator = new RuleEvaluator(policies, calendar);
        _schoolRules = SchoolRuleSet.From(schoolRules, nameof(schoolRules));
    }

    /// <summary>Gets the policy applied (the latest version when the validator has several).</summary>
    public PortfolioPolicy Policy { get; }

    /// <summary>Gets the policy versions applied (one for a validator made from one policy).</summary>
    public PolicyHistory PolicyHistory { get; }

    /// <summary>Gets the submission calendar, if any.</summary>
    public SubmissionCalendar? Calendar { get; }

    /// <summary>Gets the school's own rules given to the constructor (those of <see cref="PortfolioValidationOptions.SchoolRules"/> run too).</summary>
    public IReadOnlyList<ISchoolRule> SchoolRules => _schoolRules;

    /// <summary>Validates a portfolio.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="PortfolioValidationOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule of <see cref="PortfolioValidationOptions.SchoolRules"/> has the code of a different rule of <see cref="SchoolRules"/>.</exception>
    public ValidationReport Validate(LearningPortfolio portfolio, PortfolioValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        options = (options ?? PortfolioValidationOptions.Default).WithValidatorRules(_schoolRules);
        // The facts and the evaluator's scratch are reused per thread (building them per call allocated about as much
        // as the portfolio's own objects); taken out while in use, so a school rule that validates again gets its own.
        var workspace = _workspace ?? new Workspace();
        _workspace = null;
        try
        {
            PortfolioFacts.Fill(workspace.Facts, portfolio, options.PathPrefix);
            var issues = new StudentIssueSink { Limit = options.MaxIssuesPerStudent };
            _evaluator.Evaluate(workspace.Facts, options, issues, workspace.Scratch);
            return new ValidationReport(issues.Build(portfolio.Key), issues.Dropped);
        }
        finally
        {
            workspace.Facts.Reset(-1);
            _workspace = workspace;
        }
    }

    /// <summary>Validates a portfolio and throws when it breaks an error-severity rule.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="options">The options.</param>
    /// <returns>The report, which may hold warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is <see langword="null"/>.</exception>
    /// <exception cref="PortfolioValidationException">The report has at least one error.</exception>
    public ValidationReport ValidateAndThrow(LearningPortfolio portfolio, PortfolioValidationOptions? options = null)
    {
        var report = Validate(portfolio, options);
        return report.IsValid ? report : throw new PortfolioValidationException(report);
    }

    /// <summary>
    /// Validates a student's application picks: each pick must name an item selected into the central database (a
    /// selected, certified outcome or a selected multi-performance item), may not name it twice, and must keep within
    /// the policy's caps for the target kind. Paths are <c>$.applicationPicks[k].outcomeIds[m]</c>.
    /// </summary>
    /// <param name="portfolio">The portfolio holding the items.</param>
    /// <param name="picks">The picks, one per department applied to.</param>
    /// <param name="pathPrefix">The path prefix; default <c>$</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A pick is <see langword="null"/>, or the prefix does not start with <c>$</c>.</exception>
    public ValidationReport ValidateApplicationPicks(LearningPortfolio portfolio, IEnumerable<ApplicationPick> picks, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(picks);
        pathPrefix = new PortfolioValidationOptions { PathPrefix = pathPrefix }.PathPrefix;
        var selectedOutcomes = new HashSet<RecordId>();
        foreach (var outcome in portfolio.Outcomes)
        {
            if (outcome.IsSelected && outcome.IsCertified)
            {
                selectedOutcomes.Add(outcome.Id);
            }
        }

        var selectedPerformances = new HashSet<RecordId>();
        foreach (var item in portfolio.Performances)
        {
            if (item.IsSelected)
            {
                selectedPerformances.Add(item.Id);
            }
        }

        var findings = new List<RuleFinding>();
        var k = 0;
        foreach (var pick in picks)
        {
            if (pick is null)
            {
                throw new ArgumentException($"Pick {k} is null.", nameof(picks));
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"$.applicationPicks[{k}]");
            CheckPicks(pick, pick.OutcomeIds, selectedOutcomes, outcomes: true, path + ".outcomeIds", findings);
            CheckPicks(pick, pick.PerformanceIds, selectedPerformances, outcomes: false, path + ".performanceIds", findings);
            k++;
        }

        return ToReport(portfolio, pathPrefix, findings, ValidationReport.Empty);
    }

    private void CheckPicks(ApplicationPick pick, IReadOnlyList<RecordId> ids, HashSet<RecordId> selected, bool outcomes, string path, List<RuleFinding> findings)
    {
        var counts = new Dictionary<RecordId, int>(ids.Count);
        for (var m = 0; m < ids.Count; m++)
        {
            counts[ids[m]] = counts.GetValueOrDefault(ids[m]) + 1;
        }

        for (var m = 0; m < ids.Count; m++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{m}]");
            if (!selected.Contains(ids[m]))
            {
                findings.Add(new RuleFinding(SelectionRules.PickNotInCentralDatabase, itemPath, ids[m], [pick.Department, ids[m].ToString()]));
            }

            if (counts[ids[m]] > 1)
            {
                findings.Add(new RuleFinding(SelectionRules.DuplicateSelection, itemPath, ids[m], [ids[m].ToString(), QuotaChecks.Text(counts[ids[m]] - 1)]));
            }
        }

        var cap = QuotaChecks.PickCap(Policy.ApplicationPicks, pick.Target, outcomes);
        if (QuotaChecks.OverCap(counts.Count, cap))
        {
            findings.Add(new RuleFinding(QuotaChecks.PickRule(pick.Target, outcomes), path, null, [pick.Department, QuotaChecks.Text(counts.Count), QuotaChecks.Text(cap)]));
        }
    }

    private static ValidationReport ToReport(LearningPortfolio portfolio, string pathPrefix, List<RuleFinding> findings, ValidationReport enrollment)
    {
        if (findings.Count == 0)
        {
            return enrollment;
        }

        var issues = new ValidationIssue[findings.Count + enrollment.Issues.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            issues[i] = findings[i].ToIssue(portfolio.Key, pathPrefix);
        }

        for (var i = 0; i < enrollment.Issues.Count; i++)
        {
            issues[findings.Count + i] = enrollment.Issues[i];
        }

        return new ValidationReport(issues);
    }

    private sealed class Workspace
    {
        public StudentFacts Facts { get; } = new();

        public RuleEvaluator.Scratch Scratch { get; } = new();
    }
}
