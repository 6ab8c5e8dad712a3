using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// Settings for <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>: which policy (政策/校訂規定)
/// to use, the submission calendar (上傳時程), the clock and the import options.
/// </summary>
/// <remarks>
/// Choose the policy in exactly one way: <see cref="PolicyPresetId"/> (a built-in preset such as
/// <see cref="PolicyPresets.SongshanId"/>), <see cref="PolicyFilePath"/> (a school's JSON policy file, loaded once, on
/// first resolution), or <see cref="Policy"/> (an instance built in code). With none of them the national preset
/// (<see cref="PolicyPresets.NationalId"/>) is used. A host serving many schools adds each with
/// <see cref="AddSchool"/> and resolves <see cref="ISchoolContextProvider"/>; the settings above are then the host's
/// default policy for work tied to no school.
/// </remarks>
public sealed class StudentPortfolioOptions
{
    private readonly List<SchoolOptions> _schools = [];
    private readonly List<ISchoolRule> _rules = [];

    /// <summary>Gets or sets the identifier of a built-in policy preset (see <see cref="PolicyPresets.Ids"/>).</summary>
    public string? PolicyPresetId { get; set; }

    /// <summary>Gets or sets the path of a policy JSON file, read once when the policy is first resolved.</summary>
    public string? PolicyFilePath { get; set; }

    /// <summary>Gets or sets the policy instance to use.</summary>
    public PortfolioPolicy? Policy { get; set; }

    /// <summary>
    /// Gets or sets the school's submission calendar; <see langword="null"/> (the default) registers none, and the
    /// validator then skips the window rules (SP-W).
    /// </summary>
    public SubmissionCalendar? Calendar { get; set; }

    /// <summary>
    /// Gets or sets the clock; <see langword="null"/> (the default) registers the system clock, unless an
    /// <see cref="IClock"/> is already registered.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>
    /// Gets or sets the permission matrix (權限矩陣) of the registered <see cref="OutcomeWorkflow"/>;
    /// <see langword="null"/> (the default) registers <see cref="PermissionMatrix.Default"/>.
    /// </summary>
    public PermissionMatrix? Permissions { get; set; }

    /// <summary>Gets or sets the certification proxy lists (代理認證) of the registered <see cref="OutcomeWorkflow"/>; <see langword="null"/> means none.</summary>
    public ProxyDirectory? Proxies { get; set; }

    /// <summary>
    /// Gets or sets the school the top-level registrations serve (a single-school host), if any. With it, the registered
    /// <see cref="OutcomeWorkflow"/> asks the <see cref="IStaffAvailabilitySource"/> for this school on every transition,
    /// so marking a teacher unavailable takes effect at once; without it, nobody is unavailable to that workflow.
    /// </summary>
    public SchoolCode? School { get; set; }

    /// <summary>
    /// Gets the school's own rules (校訂檢核規則) run by the top-level <see cref="PortfolioValidator"/> and
    /// <see cref="Bulk.BulkValidator"/> after the library's; each school of <see cref="AddSchool"/> has its own
    /// (<see cref="SchoolOptions.Rules"/>). Checked at start-up: a <c>SP-</c> code or a code registered twice fails the host.
    /// </summary>
    public IReadOnlyList<ISchoolRule> Rules => _rules;

    /// <summary>Gets or sets the options of the registered <see cref="SubmissionImporter"/>; strict by default.</summary>
    public SubmissionReaderOptions ReaderOptions { get; set; } = SubmissionReaderOptions.Default;

    /// <summary>Gets the schools added with <see cref="AddSchool"/>, in the order added.</summary>
    public IReadOnlyList<SchoolOptions> Schools => _schools;

    /// <summary>Adds a school to a multi-school host.</summary>
    /// <param name="school">The school code.</param>
    /// <param name="configure">Sets the school's policy versions, calendar, permissions and proxies.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="school"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <exception cref="StudentPortfolioConfigurationException">The school was already added.</exception>
    public StudentPortfolioOptions AddSchool(SchoolCode school, Action<SchoolOptions> configure)
    {
        Guard.NotDefault(school);
        ArgumentNullException.ThrowIfNull(configure);
        if (_schools.Exists(s => s.School == school))
        {
            throw new StudentPortfolioConfigurationException($"School {school} is added twice; configure each school once, with all its policy versions.");
        }

        var options = new SchoolOptions(school);
        configure(options);
        _schools.Add(options);
        return this;
    }

    /// <summary>Adds a school rule to the top-level validators (a single-school host).</summary>
    /// <param name="rule">The rule; its code must not start with <c>SP-</c> (see <see cref="StudentPortfolio.Rules.RuleDescriptor.ForSchool"/>).</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public StudentPortfolioOptions AddRule(ISchoolRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var source = Policy is not null ? $"policy {Policy.Id}"
            : PolicyFilePath is not null ? $"policy file {PolicyFilePath}"
            : $"preset {PolicyPresetId ?? PolicyPresets.NationalId}";
        return $"StudentPortfolioOptions({source}, calendar {(Calendar is null ? "none" : "set")}, {_schools.Count} schools, reader {ReaderOptions.Mode})";
    }
}
