using System.Diagnostics.CodeAnalysis;

namespace StudentPortfolio.Rules;

/// <summary>
/// The rule catalogue: every rule the library checks, with its stable code, severity, source regulation and
/// messages. <c>docs/rules.md</c> is generated from it.
/// </summary>
/// <remarks>
/// Code prefixes: <c>SP-Q</c> quotas and caps, <c>SP-S</c> selection, <c>SP-C</c> content (descriptions, files,
/// dates, required fields), <c>SP-D</c> data integrity, <c>SP-W</c> windows and calendars, <c>SP-F</c> workflow and
/// permissions, <c>SP-E</c> enrollment changes, <c>SP-X</c> import and export input, <c>SP-B</c> framing and structure
/// problems found by the streaming bulk validator, <c>SP-R</c> extension points (a school's own rule that failed).
/// A school's own rules (<see cref="RuleDescriptor.ForSchool"/>) are not in the catalogue and never use <c>SP-</c>. Thread-safe.
/// </remarks>
public static class RuleCatalogue
{
    private static readonly RuleDescriptor[] Rules = Collect();
    private static readonly Dictionary<string, RuleDescriptor> ByCode = Index(Rules);

    /// <summary>Gets every rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules;

    /// <summary>Returns the rule with the given code.</summary>
    /// <param name="code">The code, e.g. <c>SP-Q001</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rule has that code.</exception>
    public static RuleDescriptor Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"No rule has the code '{code}'.");
    }

    /// <summary>Looks up a rule by code without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? code, [NotNullWhen(true)] out RuleDescriptor? rule)
    {
        rule = null;
        return code is not null && ByCode.TryGetValue(code, out rule);
    }

    private static RuleDescriptor[] Collect()
    {
        // Each rule group lives in its own static class; add new groups here.
        IEnumerable<RuleDescriptor>[] groups =
        [
            QuotaRules.All,
            SelectionRules.All,
            ContentRules.All,
            IntegrityRules.All,
            WindowRules.All,
            EnrollmentRules.All,
            BulkRules.All,
            ImportRules.All,
            WorkflowRules.All,
            ExtensionRules.All,
        ];
        return groups.SelectMany(g => g).OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
    }

    private static Dictionary<string, RuleDescriptor> Index(RuleDescriptor[] all)
    {
        var map = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in all)
        {
            if (!map.TryAdd(rule.Code, rule))
            {
                throw new InvalidOperationException($"Duplicate rule code {rule.Code}.");
            }
        }

        return map;
    }
}
