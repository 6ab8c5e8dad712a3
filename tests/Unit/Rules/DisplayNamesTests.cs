using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>Every role, action, state, window kind, record kind and collection has a zh-TW and an English display name.</summary>
public class DisplayNamesTests
{
    public static TheoryData<string, string> Terms()
    {
        var data = new TheoryData<string, string>();
        void Add<TEnum>(string table)
            where TEnum : struct, Enum
        {
            foreach (var name in Enum.GetNames<TEnum>())
            {
                data.Add(table, name);
            }
        }

        Add<Role>("role");
        Add<WorkflowAction>("action");
        Add<OutcomeState>("state");
        Add<RecordDisputeStatus>("state");
        Add<WindowKind>("window");
        Add<SubmissionContentKind>("content");
        Add<SubmittingUnit>("unit");
        Add<PerformanceCategory>("category");
        Add<EnrollmentEventKind>("event");
        Add<EnrollmentSequenceError>("sequenceError");
        Add<ResponsibilityReason>("responsibility");
        Add<CertificationStatus>("certification");
        foreach (var collection in new[] { "cadres", "courses", "outcomes", "performances" })
        {
            data.Add("collection", collection);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void Term_has_a_chinese_and_an_english_name(string table, string identifier)
    {
        var name = DisplayNames.Get(table, identifier);

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", name.ZhTw);
        Assert.DoesNotMatch("[A-Za-z]", name.ZhTw);
        Assert.Matches("^[a-z][a-z ',/-]*$", name.English.Replace("the ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Workflow_names_come_from_the_catalogue()
    {
        Assert.Equal("註冊組", WorkflowNames.Of(Role.Registrar).ZhTw);
        Assert.Equal("certify a course learning outcome", WorkflowNames.Of(WorkflowAction.CertifyOutcome).English);
        Assert.Equal("已上傳（待認證）", WorkflowNames.Of(OutcomeState.Uploaded).ZhTw);
        Assert.Equal("教務處招生組", WorkflowNames.Of(SubmittingUnit.Admissions).ZhTw);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkflowNames.Of((Role)99));
    }

    [Fact]
    public void Every_typed_rule_argument_names_a_known_table()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.Equal(rule.Arguments.Count, rule.ArgumentTypes.Count);
            foreach (var type in rule.ArgumentTypes.Where(t => t.Contains(':', StringComparison.Ordinal)))
            {
                Assert.NotEmpty(DisplayNames.In(type[(type.IndexOf(':', StringComparison.Ordinal) + 1)..]));
            }
        }
    }
}
