using StudentPortfolio.Workflow;
using StudentPortfolio.Rules;
using System.Globalization;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>
/// Every rule message rendered in zh-TW, with the arguments the library's code paths produce (<see cref="IssueCorpus"/>),
/// is free of English identifiers as <see cref="MessageLeaks"/> defines them; the detector is tested with planted leaks.
/// </summary>
[Collection(MessageCorpusGroup.Name)]
public class ZhTwMessageTests
{
    /// <summary>Rules that only surface as <see cref="StudentPortfolio.Workflow.ReceiptFormatException"/> codes with an English problem text, never as an issue.</summary>
    private static readonly string[] ExceptionOnly = ["SP-X501", "SP-X502", "SP-X503"];

    [Fact]
    public void Every_rule_of_the_catalogue_is_produced_by_a_code_path_of_the_tests()
    {
        var produced = IssueCorpus.All.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);

        var missing = RuleCatalogue.All.Select(r => r.Code).Where(c => !produced.Contains(c) && !ExceptionOnly.Contains(c)).ToArray();

        Assert.True(missing.Length == 0, "Rules no test code path produced: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(MessageDateStyle.Gregorian)]
    [InlineData(MessageDateStyle.Roc)]
    public void No_zh_TW_message_contains_an_English_identifier(MessageDateStyle style)
    {
        var options = new MessageOptions { DateStyle = style };
        var leaks = IssueCorpus.All
            .Select(i => (Issue: i, Leaks: MessageLeaks.Find(i, options)))
            .Where(x => x.Leaks.Count > 0)
            .GroupBy(x => x.Issue.Code)
            .Select(g => $"{g.Key}: {g.First().Issue.GetMessage(CultureInfo.GetCultureInfo("zh-TW"), options)} [{string.Join("; ", g.First().Leaks)}]")
            .ToArray();

        Assert.True(leaks.Length == 0, string.Join("\n", leaks));
    }

    [Fact]
    public void Detector_finds_an_identifier_planted_in_a_template()
    {
        var issue = PermissionMatrix.Default.Check(new Actor("H001", [Role.HomeroomTeacher]), WorkflowAction.RecordCounselling)!;
        var planted = RuleMessageCatalogue.Default.WithTemplate("zh-TW", issue.Code, "{0}（角色：{1}）無權執行 RecordCounselling。");

        Assert.Empty(MessageLeaks.Find(issue));
        Assert.Contains("identifier 'RecordCounselling'", MessageLeaks.Find(issue, new MessageOptions { Provider = planted }));
    }

    [Fact]
    public void Detector_finds_a_vocabulary_word_and_a_name_without_a_display_name()
    {
        var issue = PermissionMatrix.Default.Check(new Actor("H001", [Role.HomeroomTeacher]), WorkflowAction.RecordCounselling)!;
        var student = RuleMessageCatalogue.Default.WithTemplate("zh", issue.Code, "{0} Student（角色：{1}）無權執行「{2}」。");
        var unnamed = new ValidationIssue(issue.Rule, null, null, "$", ["H001", "Janitor", "RecordCounselling"]);

        Assert.Contains("identifier 'Student'", MessageLeaks.Find(issue, new MessageOptions { Provider = student }));
        Assert.Contains(MessageLeaks.Find(unnamed), l => l.Contains("'Janitor'", StringComparison.Ordinal));
    }

    [Fact]
    public void Detector_leaves_data_and_acronyms_alone()
    {
        Assert.False(MessageLeaks.IsIdentifier("JSON"));
        Assert.False(MessageLeaks.IsIdentifier("SP"));
        Assert.True(MessageLeaks.IsIdentifier("courseRecord"));
        Assert.True(MessageLeaks.IsIdentifier("cadre"));
        Assert.True(MessageLeaks.IsIdentifier("Uploaded"));
    }
}
