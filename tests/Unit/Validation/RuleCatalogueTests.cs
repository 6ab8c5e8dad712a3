using System.Text;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Validation;

public class RuleCatalogueTests
{
    [Fact]
    public void Every_rule_has_a_well_formed_code_regulation_and_both_messages()
    {
        Assert.NotEmpty(RuleCatalogue.All);
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.Matches("^SP-[QSCDWFEXBR][0-9]{3}$", rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Regulation), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageTemplateZh), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageTemplateEn), rule.Code);
            Assert.True(Enum.IsDefined(rule.Severity), rule.Code);
            Assert.Same(rule, RuleCatalogue.Get(rule.Code));
        }
    }

    [Fact]
    public void Rules_are_listed_in_code_order()
    {
        var codes = RuleCatalogue.All.Select(r => r.Code).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_template_argument_is_used_by_both_languages()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            for (var i = 0; i < rule.Arguments.Count; i++)
            {
                Assert.Contains("{" + i + "}", rule.MessageTemplateZh, StringComparison.Ordinal);
                Assert.Contains("{" + i + "}", rule.MessageTemplateEn, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_rule_is_named_by_a_test_outside_the_catalogue_tests()
    {
        var root = RepositoryRoot.Find();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("RuleCatalogueTests.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
        var untested = RuleCatalogue.All.Where(r => !sources.Any(s => s.Contains($"\"{r.Code}\"", StringComparison.Ordinal))).Select(r => r.Code).ToArray();
        Assert.True(untested.Length == 0, "Rules without a test naming their code: " + string.Join(", ", untested));
    }

    [Fact]
    public void Docs_rules_md_matches_the_catalogue()
    {
        var expected = RuleCatalogueMarkdown.Render(RuleCatalogue.All);
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "rules.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            expected == actual,
            "docs/rules.md is out of date with RuleCatalogue. Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj");
    }
}
