using System.Globalization;
using System.Reflection;
using System.Text;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>
/// <c>src/StudentPortfolio.Domain/Rules/RuleCodes.cs</c> is generated from the rule groups (every static
/// <see cref="RuleDescriptor"/> field of a <c>*Rules</c> class in <c>StudentPortfolio.Rules</c>): regenerate it with
/// <c>UPDATE_DOCS=1 dotnet test --project tests/Unit</c>.
/// </summary>
public class RuleCodesTests
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    private static IEnumerable<(string Group, string Name, RuleDescriptor Rule)> Descriptors() =>
        typeof(RuleCatalogue).Assembly.GetTypes()
            .Where(t => t.Namespace == "StudentPortfolio.Rules" && t.Name.EndsWith("Rules", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => t.GetFields(Statics)
                .Where(f => f.FieldType == typeof(RuleDescriptor) && !f.Name.StartsWith('<'))
                .Select(f => (f.Name, Rule: (RuleDescriptor)f.GetValue(null)!))
                .Concat(t.GetProperties(Statics).Where(p => p.PropertyType == typeof(RuleDescriptor)).Select(p => (p.Name, Rule: (RuleDescriptor)p.GetValue(null)!)))
                .OrderBy(m => m.Rule.Code, StringComparer.Ordinal)
                .Select(m => (t.Name[..^"Rules".Length], m.Name, m.Rule)));

    internal static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("// Generated from the rule groups by tests/Unit/Rules/RuleCodesTests.cs; do not edit.\n");
        sb.Append("// Regenerate with: UPDATE_DOCS=1 dotnet test --project tests/Unit\n\n");
        sb.Append("namespace StudentPortfolio.Rules;\n\n");
        sb.Append("/// <summary>\n/// The stable code of every rule as a constant, grouped like the rule catalogue, for <c>switch</c> statements and\n");
        sb.Append("/// filters: <c>issue.Code == RuleCodes.Quota.OutcomeSelectionsPerYear</c>. Codes never change meaning once shipped.\n/// </summary>\n");
        sb.Append("#pragma warning disable CA1034 // Nested groups read as RuleCodes.Quota.X, like the catalogue's groups.\n");
        sb.Append("public static class RuleCodes\n{\n");
        var first = true;
        foreach (var group in Descriptors().GroupBy(d => d.Group))
        {
            if (!first)
            {
                sb.Append('\n');
            }

            first = false;
            var prefix = group.First().Rule.Code[..4];
            sb.Append(CultureInfo.InvariantCulture, $"    /// <summary>The <c>{prefix}</c> codes ({group.Key.ToLowerInvariant()} rules).</summary>\n");
            sb.Append(CultureInfo.InvariantCulture, $"    public static class {group.Key}\n    {{\n");
            var firstRule = true;
            foreach (var (_, name, rule) in group)
            {
                if (!firstRule)
                {
                    sb.Append('\n');
                }

                firstRule = false;
                sb.Append(CultureInfo.InvariantCulture, $"        /// <summary><c>{rule.Code}</c> ({rule.Severity}): {System.Security.SecurityElement.Escape(rule.MessageTemplateEn)}</summary>\n");
                sb.Append(CultureInfo.InvariantCulture, $"        public const string {name} = \"{rule.Code}\";\n");
            }

            sb.Append("    }\n");
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    [Fact]
    public void RuleCodes_cs_matches_the_rule_groups()
    {
        var expected = Render();
        var path = Path.Combine(RepositoryRoot.Find(), "src", "StudentPortfolio.Domain", "Rules", "RuleCodes.cs");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(expected == actual, "RuleCodes.cs is out of date with the rule groups. Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit");
    }

    [Fact]
    public void Every_catalogued_rule_has_exactly_one_constant_with_its_code()
    {
        var constants = typeof(RuleCodes).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
            .ToArray();

        Assert.Equal(RuleCatalogue.All.Select(r => r.Code).Order(StringComparer.Ordinal), constants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_quota_selection_constant_is_the_catalogued_code() =>
        Assert.Equal("SP-Q001", RuleCodes.Quota.OutcomeSelectionsPerYear);
}
