using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>One school's configuration with every policy version loaded and checked: built at start-up.</summary>
internal sealed class SchoolSetup
{
    private SchoolSetup(SchoolCode school, PolicyHistory history, SubmissionCalendar? calendar, PermissionMatrix permissions, ProxyDirectory proxies, SchoolRuleSet rules)
    {
        Rules = rules;
        School = school;
        History = history;
        Calendar = calendar;
        Permissions = permissions;
        Proxies = proxies;
    }

    public SchoolCode School { get; }

    /// <summary>Gets the policy versions as a history, ordered by effective date (which version is in force on a date).</summary>
    public PolicyHistory History { get; }

    public SubmissionCalendar? Calendar { get; }

    public PermissionMatrix Permissions { get; }

    public ProxyDirectory Proxies { get; }

    /// <summary>Gets the school's own rules, checked.</summary>
    public SchoolRuleSet Rules { get; }

    /// <summary>Loads every policy version of <paramref name="options"/>; adds a sentence to <paramref name="problems"/> per problem.</summary>
    public static SchoolSetup? Load(SchoolOptions options, List<string> problems)
    {
        var before = problems.Count;
        var versions = new List<PortfolioPolicy>(options.Policies);

        foreach (var id in options.PolicyPresetIds)
        {
            if (TryPreset(id, out var preset, out var problem))
            {
                versions.Add(preset);
            }
            else
            {
                problems.Add($"School {options.School}: {problem}");
            }
        }

        foreach (var path in options.PolicyFiles)
        {
            if (TryLoadFile(path, out var policy, out var problem))
            {
                versions.Add(policy);
            }
            else
            {
                problems.Add($"School {options.School}: {problem}");
            }
        }

        if (versions.Count == 0 && problems.Count == before)
        {
            versions.Add(PolicyPresets.National);
        }

        versions.Sort(static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        if (PolicyHistory.SameDate(versions) is { } i)
        {
            problems.Add($"School {options.School}: policy versions {versions[i - 1]} and {versions[i]} both take effect on {versions[i].EffectiveFrom:yyyy-MM-dd}; give each version its own effective date.");
        }

        var rules = CheckRules(options.Rules, $"School {options.School}", problems);
        return problems.Count == before
            ? new SchoolSetup(options.School, new PolicyHistory(versions), options.Calendar, options.Permissions ?? PermissionMatrix.Default, options.Proxies ?? ProxyDirectory.Empty, rules)
            : null;
    }

    /// <summary>Checks school rules (no <c>SP-</c> code, no code twice), adding one problem each to <paramref name="problems"/>.</summary>
    public static SchoolRuleSet CheckRules(IEnumerable<ISchoolRule?> rules, string owner, List<string> problems)
    {
        var found = new List<string>();
        var set = SchoolRuleSet.Collect(rules, found);
        problems.AddRange(found.Select(p => $"{owner}: {p}"));
        return set;
    }

    /// <summary>Looks up a preset, or describes why not.</summary>
    public static bool TryPreset(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PortfolioPolicy? policy, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        policy = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            problem = "a policy preset identifier is empty.";
            return false;
        }

        if (PolicyPresets.TryGet(id, out policy))
        {
            problem = null;
            return true;
        }

        problem = $"no preset policy '{ErrorText.Excerpt(id, 40)}'; presets are {string.Join(", ", PolicyPresets.Ids)}.";
        return false;
    }

    /// <summary>Reads a policy file, or describes why it cannot be used.</summary>
    public static bool TryLoadFile(string? path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PortfolioPolicy? policy, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        policy = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            problem = "a policy file path is empty.";
            return false;
        }

        try
        {
            policy = PortfolioPolicy.ReadFile(path);
            problem = null;
            return true;
        }
        catch (PolicyFormatException e)
        {
            problem = ErrorText.Mask($"policy file {path} is invalid: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            problem = ErrorText.Mask($"policy file {path} cannot be read: {e.Message}");
        }

        return false;
    }
}
