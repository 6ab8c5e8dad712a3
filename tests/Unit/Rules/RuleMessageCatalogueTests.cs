using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>One replaceable message catalogue: wording per culture changes, the rule code and the arguments do not.</summary>
public class RuleMessageCatalogueTests
{
    private static readonly CultureInfo ZhTw = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private static ValidationIssue Denial() =>
        PermissionMatrix.Default.Check(new Actor("H001", [Role.HomeroomTeacher]), WorkflowAction.RecordCounselling)!;

    [Fact]
    public void Role_and_action_appear_by_their_display_names_in_both_languages()
    {
        var issue = Denial();

        Assert.Equal("H001（角色：導師）無權執行「登錄課程諮詢紀錄」。", issue.MessageZh);
        Assert.Equal("H001 (roles: homeroom teacher) may not record counselling.", issue.Message);
        Assert.Equal(["H001", "HomeroomTeacher", "RecordCounselling"], issue.Arguments);
    }

    [Fact]
    public void Several_roles_are_listed_with_the_chinese_enumeration_comma()
    {
        var issue = PermissionMatrix.Default.Check(new Actor("X1", [Role.HomeroomTeacher, Role.CourseTeacher]), WorkflowAction.RecordGrades)!;

        Assert.Contains("導師、任課教師", issue.MessageZh, StringComparison.Ordinal);
        Assert.Equal("HomeroomTeacher,CourseTeacher", issue.Arguments[1]);
    }

    [Fact]
    public void Vendor_wording_for_a_culture_replaces_the_template_and_keeps_code_and_arguments()
    {
        var catalogue = RuleMessageCatalogue.Default.WithTemplate("zh-TW", "SP-F001", "帳號 {0} 沒有「{2}」的權限。");
        var issue = Denial();

        var message = issue.GetMessage(ZhTw, new MessageOptions { Provider = catalogue });

        Assert.Equal("帳號 H001 沒有「登錄課程諮詢紀錄」的權限。", message);
        Assert.Equal("SP-F001", issue.Code);
        Assert.Equal(["H001", "HomeroomTeacher", "RecordCounselling"], issue.Arguments);
        Assert.Equal("H001 (roles: homeroom teacher) may not record counselling.", issue.GetMessage(En, new MessageOptions { Provider = catalogue }));
    }

    [Fact]
    public void A_parent_culture_template_serves_its_sub_cultures_and_a_new_language_can_be_added()
    {
        var catalogue = RuleMessageCatalogue.Default
            .WithTemplate("zh", "SP-F001", "{0} 無此權限：{2}")
            .WithTemplate("ja", "SP-F001", "{0} には「{2}」の権限がありません。")
            .WithName("ja", "action", "RecordCounselling", "課程相談記録の登録");
        var options = new MessageOptions { Provider = catalogue };

        Assert.Equal("H001 無此權限：登錄課程諮詢紀錄", Denial().GetMessage(ZhTw, options));
        Assert.Equal("H001 には「課程相談記録の登録」の権限がありません。", Denial().GetMessage(CultureInfo.GetCultureInfo("ja-JP"), options));
    }

    [Fact]
    public void A_term_can_be_renamed_per_culture()
    {
        var catalogue = RuleMessageCatalogue.Default.WithName("zh-TW", "role", "HomeroomTeacher", "班級導師");

        Assert.Contains("（角色：班級導師）", Denial().GetMessage(ZhTw, new MessageOptions { Provider = catalogue }), StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_templates_are_checked()
    {
        Assert.Throws<ArgumentException>(() => RuleMessageCatalogue.Default.WithTemplate("zh-TW", "SP-F001", "{3} 無權"));
        Assert.Throws<ArgumentException>(() => RuleMessageCatalogue.Default.WithTemplate("zh-TW", "SP-F001", "{0 無權"));
        Assert.Throws<KeyNotFoundException>(() => RuleMessageCatalogue.Default.WithTemplate("zh-TW", "SP-Z999", "x"));
        Assert.Throws<ArgumentException>(() => RuleMessageCatalogue.Default.WithName("zh-TW", "role", "Janitor", "工友"));
    }

    [Fact]
    public void The_global_provider_is_what_Message_and_MessageZh_use()
    {
        var issue = Denial();
        Assert.Same(RuleMessageCatalogue.Default, RuleMessages.Provider);
        Assert.Equal(issue.GetMessage(ZhTw), issue.MessageZh);
        Assert.Equal(issue.GetMessage(CultureInfo.InvariantCulture), issue.Message);
        Assert.Throws<ArgumentNullException>(() => RuleMessages.Provider = null!);
    }

    [Fact]
    public void Instants_show_in_taipei_local_time_and_in_the_roc_form_when_chosen()
    {
        var at = Instant.FromUtc(2026, 1, 20, 0, 0);
        var receipt = new ReceiptDocument(StudentPortfolio.Enrollment.SubmissionContentKind.CourseOutcomes, "課程學習成果", [new ReceiptStudent(Alice, null, "$")], confirmationDeadline: at);
        var workflow = new OutcomeWorkflow(new FakeClock(at), null);

        var issue = workflow.AnswerReceipt(Actor.ForStudent("S001", Alice), receipt, Term.Parse("114-1"), ReceiptAnswerKind.Correct).Failure!;

        Assert.Equal("SP-F011", issue.Code);
        Assert.Equal("收訖明細的確認期限 2026-01-20 08:00 已過（現在 2026-01-20 08:00）。", issue.MessageZh);
        Assert.Equal("收訖明細的確認期限 115年1月20日 08:00 已過（現在 115年1月20日 08:00）。", issue.GetMessage(ZhTw, new MessageOptions { DateStyle = MessageDateStyle.Roc }));
        Assert.Equal("2026-01-20T00:00:00Z", issue.Arguments[0]);
    }

    [Fact]
    public void Dates_show_in_the_roc_form_when_chosen()
    {
        Assert.Equal("114年8月1日", RuleMessages.RenderArgument("date", "2025-08-01", ZhTw, new MessageOptions { DateStyle = MessageDateStyle.Roc }));
        Assert.Equal("2025-08-01", RuleMessages.RenderArgument("date", "2025-08-01", ZhTw));
        Assert.Equal("2025-08-01 09:30", RuleMessages.RenderArgument("instant", "2025-08-01T09:30:00+08", ZhTw));
        Assert.Equal("not a date", RuleMessages.RenderArgument("date", "not a date", ZhTw));
    }

    private static readonly StudentKey Alice = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));
}
