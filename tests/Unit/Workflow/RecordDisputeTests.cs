using StudentPortfolio.Identity;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>
/// Per-record disputes of every kind in the receipt (松山商家 六(二) 「收訖明細有相關疑義，應由第1項各款提交單位協助確認」):
/// the student disputes one row, the unit that submitted the kind resolves it with a reason, and each step is audited.
/// </summary>
public class RecordDisputeTests
{
    private static SchoolRecordWorkflow Records(ProxyDirectory? proxies = null, StaffAvailability? availability = null) =>
        new(new FakeClock(Now), null, proxies: proxies, availability: availability);

    private static ReceiptDocument ReceiptOf(SubmissionContentKind kind, string sheet, string? recordId = "R1", Instant? deadline = null) =>
        new(kind, sheet, [new ReceiptStudent(Alice, [new ReceiptRecord(sheet, recordId is null ? null : RecordId.Parse(recordId), null, new Dictionary<string, string?>(), "$.x[0].rows[0]")], "$.x[0]")], confirmationDeadline: deadline ?? Now.Plus(Duration.FromDays(3)));

    public static TheoryData<SubmissionContentKind, string, SubmittingUnit> Kinds() => new()
    {
        { SubmissionContentKind.BasicData, "學生資料", SubmittingUnit.Registrar },
        { SubmissionContentKind.CourseRecords, "修課紀錄", SubmittingUnit.Registrar },
        { SubmissionContentKind.CourseOutcomes, "課程學習成果", SubmittingUnit.Admissions },
        { SubmissionContentKind.MultiPerformance, "多元表現", SubmittingUnit.Admissions },
        { SubmissionContentKind.Cadres, "校內幹部經歷", SubmittingUnit.StudentActivities },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Student_disputes_one_row_of_any_kind_and_it_goes_to_the_submitting_unit_songshan_6_2(SubmissionContentKind kind, string sheet, SubmittingUnit unit)
    {
        var receipt = ReceiptOf(kind, sheet);

        var result = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "學期成績登錄錯誤");

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal((kind, unit, RecordDisputeStatus.Open), (result.Value.Kind, result.Value.Unit, result.Value.Status));
        Assert.Equal(WorkflowAction.DisputeReceipt, result.Audit.Action);
        Assert.Contains("學期成績登錄錯誤", result.Audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Submitter_of_that_unit_resolves_with_a_reason_and_it_is_audited_songshan_6_2(SubmissionContentKind kind, string sheet, SubmittingUnit unit)
    {
        var receipt = ReceiptOf(kind, sheet);
        var dispute = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "資料有誤").GetValueOrThrow();

        var result = Records().Resolve(Actor.ForSubmitter("U001", unit), dispute, RecordDisputeStatus.Corrected, "已更正並重新提交");

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal((RecordDisputeStatus.Corrected, "U001", "已更正並重新提交"), (result.Value.Status, result.Value.ResolvedBy, result.Value.Resolution));
        Assert.Equal(WorkflowAction.ResolveDispute, result.Audit.Action);
        Assert.Equal(Now, result.Value.ResolvedAt);
    }

    [Fact]
    public void Submitter_of_another_unit_may_not_resolve_songshan_6_2()
    {
        var receipt = ReceiptOf(SubmissionContentKind.Cadres, "校內幹部經歷");
        var dispute = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "職稱錯誤").GetValueOrThrow();

        var result = Records().Resolve(Actor.ForSubmitter("A001", SubmittingUnit.Admissions), dispute, RecordDisputeStatus.Confirmed, "無誤");

        Assert.Equal("SP-F010", result.Failure!.Code);
    }

    [Fact]
    public void Office_that_is_the_unit_resolves_following_its_proxy_list_songshan_6_2_and_7_1_1_2()
    {
        var receipt = ReceiptOf(SubmissionContentKind.Cadres, "校內幹部經歷");
        var dispute = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "職稱錯誤").GetValueOrThrow();
        var offices = new ProxyDirectory([], [new OfficeProxyList(Role.StudentAffairs, "D001", ["D002"])]);
        var proxy = new Actor("D002", [Role.HomeroomTeacher]);

        Assert.True(Records(offices).Resolve(new Actor("D001", [Role.StudentAffairs]), dispute, RecordDisputeStatus.Confirmed, "查核無誤").IsValid);
        Assert.Equal("SP-F017", Records(offices).Resolve(proxy, dispute, RecordDisputeStatus.Confirmed, "查核無誤").Failure!.Code);
        var byProxy = Records(offices, StaffAvailability.AllAvailable.MarkUnavailable("D001")).Resolve(proxy, dispute, RecordDisputeStatus.Confirmed, "查核無誤");
        Assert.True(byProxy.IsValid, byProxy.ToString());
        Assert.Equal("D001", byProxy.Value.ResolvedOnBehalfOf);
    }

    [Fact]
    public void Office_proxy_of_one_unit_may_not_resolve_another_units_dispute()
    {
        var receipt = ReceiptOf(SubmissionContentKind.BasicData, "學生資料");
        var dispute = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "地址錯誤").GetValueOrThrow();
        var offices = new ProxyDirectory([], [new OfficeProxyList(Role.StudentAffairs, "D001", ["D002"])]);

        var result = Records(offices, StaffAvailability.AllAvailable.MarkUnavailable("D001")).Resolve(new Actor("D002", [Role.HomeroomTeacher]), dispute, RecordDisputeStatus.Confirmed, "無誤");

        Assert.Equal("SP-F010", result.Failure!.Code);
    }

    [Fact]
    public void Resolved_dispute_cannot_be_resolved_again_and_a_reason_is_required()
    {
        var receipt = ReceiptOf(SubmissionContentKind.BasicData, "學生資料", recordId: null);
        var dispute = Records().Dispute(AliceActor, receipt, receipt.Students[0].Records[0], T1141, "姓名錯字").GetValueOrThrow();

        Assert.Equal("SP-F003", Records().Resolve(Registrar, dispute, RecordDisputeStatus.Confirmed, " ").Failure!.Code);
        var resolved = Records().Resolve(Registrar, dispute, RecordDisputeStatus.Confirmed, "與戶籍資料相符").GetValueOrThrow();
        Assert.Equal("SP-F002", Records().Resolve(Registrar, resolved, RecordDisputeStatus.Corrected, "改正").Failure!.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => Records().Resolve(Registrar, dispute, RecordDisputeStatus.Open, "x"));
    }

    [Fact]
    public void Student_may_dispute_only_own_rows_with_a_reason_before_the_deadline()
    {
        var receipt = ReceiptOf(SubmissionContentKind.CourseRecords, "修課紀錄");
        var row = receipt.Students[0].Records[0];
        var foreign = new ReceiptRecord("修課紀錄", RecordId.Parse("R9"), null, new Dictionary<string, string?>(), "$.y");

        Assert.Equal("SP-F014", Records().Dispute(BobActor, receipt, row, T1141, "錯").Failure!.Code);
        Assert.Equal("SP-F024", Records().Dispute(AliceActor, receipt, foreign, T1141, "錯").Failure!.Code);
        Assert.Equal("SP-F003", Records().Dispute(AliceActor, receipt, row, T1141, "").Failure!.Code);
        Assert.Equal("SP-F001", Records().Dispute(Registrar, receipt, row, T1141, "錯").Failure!.Code);
        var closed = ReceiptOf(SubmissionContentKind.CourseRecords, "修課紀錄", deadline: Now);
        Assert.Equal("SP-F011", Records().Dispute(AliceActor, closed, closed.Students[0].Records[0], T1141, "錯").Failure!.Code);
        var open = ReceiptOf(SubmissionContentKind.CourseRecords, "修課紀錄", deadline: Now.Plus(Duration.FromTicks(1)));
        Assert.True(Records().Dispute(AliceActor, open, open.Students[0].Records[0], T1141, "錯").IsValid);
    }
}
