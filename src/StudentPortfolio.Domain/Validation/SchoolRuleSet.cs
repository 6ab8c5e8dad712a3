using System.Collections;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// The school rules registered with a validator or its options, checked at registration (no <c>SP-</c> code, no code
/// twice) with each descriptor read once, and the runner both validation paths call after the library's rules.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SchoolRuleSet : IReadOnlyList<ISchoolRule>
{
    private readonly ISchoolRule[] _rules;
    private readonly RuleDescriptor[] _descriptors;

    private SchoolRuleSet(ISchoolRule[] rules, RuleDescriptor[] descriptors)
    {
        _rules = rules;
        _descriptors = descriptors;
    }

    public static SchoolRuleSet Empty { get; } = new([], []);

    public int Count => _rules.Length;

    public ISchoolRule this[int index] => _rules[index];

    /// <summary>Checks and captures <paramref name="rules"/>; the same instance twice counts once.</summary>
    /// <exception cref="ArgumentException">A rule is <see langword="null"/>, has no descriptor, uses <c>SP-</c>, or two rules share a code.</exception>
    public static SchoolRuleSet From(IEnumerable<ISchoolRule>? rules, string paramName)
    {
        if (rules is null or SchoolRuleSet)
        {
            return rules as SchoolRuleSet ?? Empty;
        }

        var problems = new List<string>();
        var set = Collect(rules, problems);
        return problems.Count == 0 ? set : throw new ArgumentException(string.Join(" ", problems), paramName);
    }

    /// <summary>Checks and captures <paramref name="rules"/>, adding one sentence per problem to <paramref name="problems"/>.</summary>
    public static SchoolRuleSet Collect(IEnumerable<ISchoolRule?> rules, List<string> problems)
    {
        var kept = new List<ISchoolRule>();
        var descriptors = new List<RuleDescriptor>();
        var codes = new Dictionary<string, ISchoolRule>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var rule in rules)
        {
            var problem = Check(rule, i++, out var descriptor);
            if (problem is not null)
            {
                problems.Add(problem);
            }
            else if (codes.TryGetValue(descriptor!.Code, out var other))
            {
                if (!ReferenceEquals(other, rule))
                {
                    problems.Add($"School rule code {descriptor.Code} is registered by two rules ({other.GetType().Name}, {rule!.GetType().Name}); give each rule its own code.");
                }
            }
            else
            {
                codes.Add(descriptor.Code, rule!);
                kept.Add(rule!);
                descriptors.Add(descriptor);
            }
        }

        return kept.Count == 0 ? Empty : new SchoolRuleSet([.. kept], [.. descriptors]);
    }

    /// <summary>Returns the rules of both sets (the validator's, then the run's).</summary>
    /// <exception cref="ArgumentException">Two different rules share a code.</exception>
    public static SchoolRuleSet Merge(SchoolRuleSet first, SchoolRuleSet second) =>
        second.Count == 0 ? first
        : first.Count == 0 ? second
        : From([.. first._rules, .. second._rules], nameof(PortfolioValidationOptions.SchoolRules));

    /// <summary>Runs every rule on the student; a rule that throws is reported as <c>SP-R001</c> instead of its issues.</summary>
    public void Run(StudentFacts facts, StudentIssueSink issues)
    {
        if (_rules.Length == 0)
        {
            return;
        }

        var student = new StudentView(facts);
        for (var i = 0; i < _rules.Length; i++)
        {
            var before = issues.Count;
            var sink = new SchoolRuleIssues(_descriptors[i], student, issues);
            try
            {
                _rules[i].Check(student, sink);
            }
#pragma warning disable CA1031 // A school rule is the host's code: whatever it throws becomes SP-R001 on this student, and the run goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                issues.RemoveFrom(before);
                issues.Add(ExtensionRules.SchoolRuleFailed, null, facts.Prefix, _descriptors[i].Code, e.GetType().FullName ?? e.GetType().Name);
            }
            finally
            {
                sink.Close();
            }
        }
    }

    public IEnumerator<ISchoolRule> GetEnumerator() => ((IEnumerable<ISchoolRule>)_rules).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _descriptors.Select(d => d.Code))}]";

    private static string? Check(ISchoolRule? rule, int index, out RuleDescriptor? descriptor)
    {
        descriptor = null;
        if (rule is null)
        {
            return $"School rule {index} is null.";
        }

        descriptor = rule.Rule;
        if (descriptor is null)
        {
            return $"School rule {index} ({rule.GetType().Name}) has no descriptor (ISchoolRule.Rule is null).";
        }

        return RuleDescriptor.SchoolCodeProblem(descriptor.Code) is { } problem
            ? $"School rule {index} ({rule.GetType().Name}): {problem}"
            : null;
    }
}
