using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.PropertyTests.Validation;

[Properties(Arbitrary = [typeof(CompliantPortfolioGenerators)])]
public partial class PortfolioValidatorProperties
{
    private static readonly PortfolioPolicy[] Policies = [PolicyPresets.National, PolicyPresets.Baihe, PolicyPresets.Songshan];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    // Positions change when records move; everything else about an issue must not.
    private static string[] Normalised(ValidationReport report) =>
        report.Issues
            .Select(i => $"{i.Code}|{i.Severity}|{i.RecordId}|{string.Join(",", i.Arguments)}|{Index().Replace(i.Path, "[]")}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Property]
    public Property Validation_does_not_depend_on_record_order(PortfolioCase c)
    {
        var checks = Policies.Select(policy =>
        {
            var validator = new PortfolioValidator(policy);
            var original = Normalised(validator.Validate(c.Portfolio));
            var shuffled = Normalised(validator.Validate(CompliantPortfolioGenerators.Shuffle(c.Portfolio, c.Seed)));
            return original.SequenceEqual(shuffled);
        });
        return checks.All(x => x).Label("same issues after shuffling");
    }

    [Property]
    public Property Validation_is_deterministic(PortfolioCase c)
    {
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        return (validator.Validate(c.Portfolio) == validator.Validate(c.Portfolio)).ToProperty();
    }

    [Property]
    public Property Removing_a_selection_never_adds_a_cap_violation(PortfolioCase c, NonNegativeInt pick)
    {
        var selectedOutcomes = c.Portfolio.Outcomes.Select((o, i) => (o, i)).Where(x => x.o.IsSelected).Select(x => x.i).ToArray();
        var selectedPerformances = c.Portfolio.Performances.Select((p, i) => (p, i)).Where(x => x.p.IsSelected).Select(x => x.i).ToArray();
        var total = selectedOutcomes.Length + selectedPerformances.Length;
        if (total == 0)
        {
            return true.ToProperty().Label("nothing selected");
        }

        var k = pick.Get % total;
        LearningPortfolio reduced;
        if (k < selectedOutcomes.Length)
        {
            var index = selectedOutcomes[k];
            reduced = c.Portfolio.WithOutcomes(c.Portfolio.Outcomes.Select((o, i) => i == index ? o.WithSelection(false) : o));
        }
        else
        {
            var index = selectedPerformances[k - selectedOutcomes.Length];
            reduced = c.Portfolio.WithPerformances(c.Portfolio.Performances.Select((p, i) => i == index ? p.WithSelection(false) : p));
        }

        return Policies.All(policy =>
        {
            var validator = new PortfolioValidator(policy);
            var before = CapKeys(validator.Validate(c.Portfolio));
            var after = CapKeys(validator.Validate(reduced));
            return after.IsSubsetOf(before);
        }).Label("cap violations after ⊆ before");

        static HashSet<string> CapKeys(ValidationReport report) =>
            report.Issues.Where(i => i.Code.StartsWith("SP-Q", StringComparison.Ordinal)).Select(i => $"{i.Code}|{i.Path}|{i.Arguments[0]}").ToHashSet();
    }

    [Property]
    public Property A_portfolio_within_the_policys_limits_has_no_errors(CompliantCase c)
    {
        var report = new PortfolioValidator(c.Policy).Validate(c.Portfolio);
        return (report.ErrorCount == 0).Label(string.Join("; ", report.Issues));
    }

    [Property]
    public Property The_outcome_cap_is_exceeded_exactly_above_six(NonNegativeInt n)
    {
        var count = n.Get % 15;
        var outcomes = Enumerable.Range(0, count).Select(i =>
        {
            var o = new CourseLearningOutcome(RecordId.Parse($"O{i}"), StudentPortfolio.Calendar.Term.Parse("114-1"), CourseCode.Parse("109041305H11101B1010101"), "t", $"d{i}", isSelected: true);
            return o.WithCertification(Certification.Certify("T", NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0), o.ContentHash));
        });
        var report = new PortfolioValidator(PolicyPresets.National).Validate(new LearningPortfolio(CompliantPortfolioGenerators.Student, outcomes: outcomes));
        var flagged = report.Issues.Any(i => i.Code == "SP-Q001");
        return (flagged == (count > 6)).Label($"{count} selected");
    }
}
