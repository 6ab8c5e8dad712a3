using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Validation;

public class EnrollmentRulesTests
{
    [Fact]
    public void Every_enrollment_rule_is_in_the_catalogue_with_both_languages_and_a_source()
    {
        var rules = EnrollmentRules.All.ToArray();
        Assert.Equal(9, rules.Length);
        Assert.All(rules, r =>
        {
            Assert.StartsWith("SP-E", r.Code, StringComparison.Ordinal);
            Assert.Same(r, RuleCatalogue.Get(r.Code));
            Assert.False(string.IsNullOrWhiteSpace(r.Regulation));
            var args = r.Arguments.Select(a => $"<{a}>").ToArray();
            foreach (var a in args)
            {
                Assert.Contains(a, RuleMessages.Format(r, args, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                Assert.Contains(a, RuleMessages.Format(r, args, System.Globalization.CultureInfo.GetCultureInfo("zh-TW")), StringComparison.Ordinal);
            }
        });
        Assert.Equal(rules.Length, rules.Select(r => r.Code).Distinct().Count());
    }
}
