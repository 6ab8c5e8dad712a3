using NodaTime.Testing;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>
/// Ordered proxies for administrative staff (松山商家 七(一)1(2)、2(2), 七(三)1): data building, correction and query
/// handling by 註冊組, 教學組, 訓育組 and 輔導室 follow a proxy list with an order, like certification.
/// </summary>
public class OfficeProxyTests
{
    private static readonly Actor Clerk = new("R009", [Role.Registrar]);
    private static readonly Actor TeachingHead = new("E001", [Role.TeachingSection]);
    private static readonly Actor Counsellor = new("G001", [Role.GuidanceOffice]);

    private static ProxyDirectory Offices { get; } = new([], [new OfficeProxyList(Role.Registrar, "R001", ["E001", "G001"])]);

    private static SchoolRecordWorkflow Records(StaffAvailability? availability = null) =>
        new(new FakeClock(Now), null, proxies: Offices, availability: availability);

    [Fact]
    public void Office_list_accepts_only_administrative_offices_songshan_7_3_1()
    {
        Assert.Throws<ArgumentException>(() => new OfficeProxyList(Role.CourseTeacher, "T001", ["T002"]));
        Assert.Throws<ArgumentException>(() => new OfficeProxyList(Role.Registrar, "R001", ["R001"]));
        Assert.Throws<ArgumentException>(() => new OfficeProxyList(Role.Registrar, "R001", ["E001", "E001"]));
        Assert.All([Role.Registrar, Role.TeachingSection, Role.StudentAffairs, Role.GuidanceOffice], r => Assert.True(OfficeProxyList.IsOffice(r)));
    }

    [Fact]
    public void Holder_acts_while_available_and_nobody_else_with_the_role_stands_in_songshan_7_1_1_2()
    {
        Assert.True(Records().Check(Registrar, Alice, T1141, RecordCheckKind.BasicData).IsValid);

        var other = Records().Check(Clerk, Alice, T1141, RecordCheckKind.BasicData);
        Assert.Equal("SP-F018", other.Failure!.Code);
        Assert.Equal(["R009", "Registrar", "R001", "RecheckBasicData"], other.Failure.Arguments);
    }

    [Fact]
    public void First_proxy_stands_in_only_when_the_holder_is_unavailable_songshan_7_1_2_2()
    {
        var early = Records().Check(TeachingHead, Alice, T1141, RecordCheckKind.BasicData);
        Assert.Equal("SP-F017", early.Failure!.Code);
        Assert.Equal("R001", early.Failure.Arguments[4]);

        var result = Records(StaffAvailability.AllAvailable.MarkUnavailable("R001")).Check(TeachingHead, Alice, T1141, RecordCheckKind.BasicData);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("R001", result.Value.OnBehalfOf);
        Assert.Equal("R001", result.Audit.OnBehalfOf);
    }

    [Fact]
    public void Second_proxy_waits_for_the_first_songshan_7_3_1()
    {
        var holderAway = StaffAvailability.AllAvailable.MarkUnavailable("R001");
        Assert.Equal("E001", Records(holderAway).Check(Counsellor, Alice, T1141, RecordCheckKind.BasicData).Failure!.Arguments[4]);

        var bothAway = holderAway.MarkUnavailable("E001");
        Assert.True(Records(bothAway).Check(Counsellor, Alice, T1141, RecordCheckKind.BasicData).IsValid);
        Assert.Equal("G001", Offices.ForOffice(Role.Registrar)!.CurrentActor(bothAway));
    }

    [Fact]
    public void Proxy_marked_unavailable_cannot_stand_in()
    {
        var away = StaffAvailability.AllAvailable.MarkUnavailable("R001").MarkUnavailable("E001");

        Assert.Equal("SP-F006", Records(away).Check(TeachingHead, Alice, T1141, RecordCheckKind.BasicData).Failure!.Code);
    }

    [Fact]
    public void Without_a_list_any_holder_of_the_role_acts()
    {
        var records = new SchoolRecordWorkflow(new FakeClock(Now), null);

        Assert.True(records.Check(Clerk, Alice, T1141, RecordCheckKind.BasicData).IsValid);
        Assert.Equal("SP-F001", records.Check(TeachingHead, Alice, T1141, RecordCheckKind.BasicData).Failure!.Code);
    }

    [Fact]
    public void Office_proxies_apply_to_dismissing_a_dispute_in_the_outcome_workflow_songshan_7_1_1_2()
    {
        var workflow = Engine().WithProxies(Offices);
        var disputed = InState(OutcomeState.Disputed);

        Assert.Equal("SP-F018", workflow.DismissDispute(Clerk, disputed, "資料無誤").Failure!.Code);
        var byProxy = workflow.WithAvailability(StaffAvailability.AllAvailable.MarkUnavailable("R001")).DismissDispute(TeachingHead, disputed, "資料無誤");
        Assert.True(byProxy.IsValid, byProxy.ToString());
        Assert.True(workflow.DismissDispute(Registrar, disputed, "資料無誤").IsValid);
    }
}
