using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// One school's settings in a multi-school host (see <see cref="StudentPortfolioOptions.AddSchool"/>): its policy
/// versions (校訂規定, each from its <see cref="PortfolioPolicy.EffectiveFrom"/> date), its submission calendar, its
/// permission matrix, its certification proxy lists and its own rules.
/// </summary>
/// <remarks>
/// Each <c>Add…</c> call adds one policy version; the version in force on a date is the one with the latest
/// <see cref="PortfolioPolicy.EffectiveFrom"/> on or before it (before the first, the first). With no version the
/// national preset applies. Two versions with the same effective date are a configuration error. Policy files are
/// read when <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/> runs, so a bad file fails
/// the host at start-up.
/// </remarks>
public sealed class SchoolOptions
{
    private readonly List<ISchoolRule> _rules = [];

    internal SchoolOptions(SchoolCode school) => School = school;

    /// <summary>Gets the school.</summary>
    public SchoolCode School { get; }

    /// <summary>
    /// Gets or sets the school's submission calendar (作業期程); <see langword="null"/> means none: the validators skip
    /// the window rules and <see cref="SchoolContext.Workflow"/> is unavailable.
    /// </summary>
    public SubmissionCalendar? Calendar { get; set; }

    /// <summary>Gets or sets the permission matrix; <see langword="null"/> means <see cref="PermissionMatrix.Default"/>.</summary>
    public PermissionMatrix? Permissions { get; set; }

    /// <summary>Gets or sets the certification proxy lists (代理認證); <see langword="null"/> means none.</summary>
    public ProxyDirectory? Proxies { get; set; }

    /// <summary>
    /// Gets the school's own rules (校訂檢核規則), run by the school's <see cref="SchoolContext.Validator"/> and
    /// <see cref="SchoolContext.BulkValidator"/> after the library's. Checked at start-up: a <c>SP-</c> code or a code
    /// registered twice fails the host.
    /// </summary>
    public IReadOnlyList<ISchoolRule> Rules => _rules;

    /// <summary>Gets the policy versions built in code (<see cref="AddPolicy"/>).</summary>
    internal List<PortfolioPolicy> Policies { get; } = [];

    /// <summary>Gets the paths of policy JSON files, one version each (<see cref="AddPolicyFile"/>).</summary>
    internal List<string> PolicyFiles { get; } = [];

    /// <summary>Gets the identifiers of built-in presets used as versions (<see cref="AddPreset"/>).</summary>
    internal List<string> PolicyPresetIds { get; } = [];

    /// <summary>Adds a policy version built in code.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public SchoolOptions AddPolicy(PortfolioPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policies.Add(policy);
        return this;
    }

    /// <summary>Adds a policy version read from a JSON file at start-up.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public SchoolOptions AddPolicyFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        PolicyFiles.Add(path);
        return this;
    }

    /// <summary>Adds a built-in preset as a policy version.</summary>
    /// <param name="presetId">The preset identifier, e.g. <see cref="PolicyPresets.SongshanId"/>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="presetId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="presetId"/> is <see langword="null"/>.</exception>
    public SchoolOptions AddPreset(string presetId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(presetId);
        PolicyPresetIds.Add(presetId);
        return this;
    }

    /// <summary>Adds one of the school's own rules.</summary>
    /// <param name="rule">The rule; its code must not start with <c>SP-</c> (see <see cref="StudentPortfolio.Rules.RuleDescriptor.ForSchool"/>).</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public SchoolOptions AddRule(ISchoolRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"SchoolOptions({School}, {Policies.Count + PolicyFiles.Count + PolicyPresetIds.Count} policy versions, calendar {(Calendar is null ? "none" : "set")})";
}
