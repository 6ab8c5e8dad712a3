using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Validation;

public class ApplicationPickTests
{
    private static readonly PortfolioValidator National = new(PolicyPresets.National);

    // Twelve selected certified outcomes over two years and twenty selected performances.
    private static readonly LearningPortfolio Full = PortfolioOf(
        Outcomes(6, T1131).Concat(Outcomes(6, T1141)).Append(Outcome("UNSELECTED")).Append(Outcome("UNCERTIFIED", selected: true, certified: false)),
        Performances(10, T1131).Concat(Performances(10, T1141)).Append(Performance("PUNSELECTED")));

    private static RecordId[] OutcomeIds(int n) => Full.Outcomes.Where(o => o.IsSelected && o.IsCertified).Take(n).Select(o => o.Id).ToArray();

    private static RecordId[] PerformanceIds(int n) => Full.Performances.Where(p => p.IsSelected).Take(n).Select(p => p.Id).ToArray();

    private static string[] Codes(ValidationReport r) => r.Issues.Select(i => i.Code).ToArray();

    [Fact]
    public void Three_outcomes_for_a_university_department_are_accepted_and_four_are_rejected()
    {
        Assert.Empty(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.University, "台大資工", OutcomeIds(3), PerformanceIds(10))]).Issues);
        var issue = Assert.Single(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.University, "台大資工", OutcomeIds(4), [])]).Issues);
        Assert.Equal("SP-Q007", issue.Code);
        Assert.Equal(["台大資工", "4", "3"], issue.Arguments);
        Assert.Equal("$.applicationPicks[0].outcomeIds", issue.Path);
    }

    [Fact]
    public void Nine_outcomes_for_a_technical_college_are_accepted_and_ten_are_rejected()
    {
        Assert.Empty(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.TechnicalCollege, "北科大資工", OutcomeIds(9), [])]).Issues);
        Assert.Equal(["SP-Q008"], Codes(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.TechnicalCollege, "北科大資工", OutcomeIds(10), [])])));
    }

    [Fact]
    public void Ten_performances_are_accepted_and_eleven_are_rejected()
    {
        Assert.Empty(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.TechnicalCollege, "D", [], PerformanceIds(10))]).Issues);
        var issue = Assert.Single(National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.University, "D", [], PerformanceIds(11))]).Issues);
        Assert.Equal("SP-Q009", issue.Code);
        Assert.Equal("$.applicationPicks[0].performanceIds", issue.Path);
    }

    [Fact]
    public void Picking_an_item_not_selected_into_the_central_database_is_rejected()
    {
        var pick = new ApplicationPick(ApplicationTargetKind.University, "D", [RecordId.Parse("UNSELECTED"), RecordId.Parse("UNCERTIFIED"), RecordId.Parse("MISSING")], [RecordId.Parse("PUNSELECTED")]);
        var report = National.ValidateApplicationPicks(Full, [pick]);
        Assert.Equal(["SP-S004", "SP-S004", "SP-S004", "SP-S004"], Codes(report));
        Assert.Equal("$.applicationPicks[0].outcomeIds[1]", report.Issues[1].Path);
        Assert.Equal(["D", "UNCERTIFIED"], report.Issues[1].Arguments);
    }

    [Fact]
    public void Picking_the_same_item_twice_is_a_duplicate_selection()
    {
        var id = OutcomeIds(1)[0];
        var report = National.ValidateApplicationPicks(Full, [new ApplicationPick(ApplicationTargetKind.University, "D", [id, id], [])]);
        Assert.Equal(["SP-S002", "SP-S002"], Codes(report));
    }

    [Fact]
    public void Each_department_has_its_own_caps()
    {
        var picks = new[]
        {
            new ApplicationPick(ApplicationTargetKind.University, "A", OutcomeIds(3), PerformanceIds(10)),
            new ApplicationPick(ApplicationTargetKind.University, "B", OutcomeIds(3), PerformanceIds(10)),
            new ApplicationPick(ApplicationTargetKind.University, "C", OutcomeIds(5), []),
        };
        var issue = Assert.Single(National.ValidateApplicationPicks(Full, picks, "$.students[0]").Issues);
        Assert.Equal("$.students[0].applicationPicks[2].outcomeIds", issue.Path);
    }

    [Fact]
    public void A_pick_needs_a_department_and_a_defined_target()
    {
        Assert.Throws<ArgumentException>(() => new ApplicationPick(ApplicationTargetKind.University, " ", [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApplicationPick((ApplicationTargetKind)7, "D", [], []));
        Assert.Throws<ArgumentException>(() => new ApplicationPick(ApplicationTargetKind.University, "D", [default], []));
    }
}
