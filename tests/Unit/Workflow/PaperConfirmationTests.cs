using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>Receipt confirmation by paper for leavers who can no longer log in (松山商家 七(三)3).</summary>
public class PaperConfirmationTests
{
    private static readonly LocalDate Today = new(2026, 1, 10);

    private static readonly EnrollmentHistory Left = EnrollmentHistory.Create(
    [
        new EnrollmentEvent(new LocalDate(2023, 8, 1), EnrollmentEventKind.Admit, School),
        new EnrollmentEvent(new LocalDate(2025, 12, 31), EnrollmentEventKind.Withdraw, School),
    ]);

    private static readonly EnrollmentHistory Enrolled = EnrollmentHistory.Create([new EnrollmentEvent(new LocalDate(2023, 8, 1), EnrollmentEventKind.Admit, School)]);

    private static SchoolRecordWorkflow Records() => new(new FakeClock(Now), null);

    [Fact]
    public void Registrar_records_a_mailed_confirmation_of_a_leaver_songshan_7_3_3()
    {
        var result = Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today, "115松商教字第0012號", ReceiptAnswerKind.Correct);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal((Today, "115松商教字第0012號"), (result.Value.DateReceived, result.Value.Reference));
        Assert.Equal((ReceiptAnswerKind.Correct, "R001"), (result.Value.Answer.Answer, result.Value.Answer.AnsweredBy));
        Assert.Equal(WorkflowAction.RecordPaperConfirmation, result.Audit.Action);
        Assert.Contains("115松商教字第0012號", result.Audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Student_still_enrolled_confirms_on_the_platform_songshan_7_3_3()
    {
        Assert.Equal("SP-F025", Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Enrolled, Today, "ref", ReceiptAnswerKind.Correct).Failure!.Code);
    }

    [Fact]
    public void Reference_is_required_songshan_7_3_3()
    {
        Assert.Equal("SP-F026", Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today, "  ", ReceiptAnswerKind.Correct).Failure!.Code);
    }

    [Fact]
    public void Date_received_may_be_today_but_not_tomorrow_in_taipei()
    {
        Assert.True(Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today, "ref", ReceiptAnswerKind.Correct).IsValid);
        var future = Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today.PlusDays(1), "ref", ReceiptAnswerKind.Correct);
        Assert.Equal("SP-F027", future.Failure!.Code);
        Assert.Equal(["2026-01-11", "2026-01-10"], future.Failure.Arguments);
    }

    [Fact]
    public void Incorrect_answer_needs_the_reason_from_the_form()
    {
        Assert.Equal("SP-F003", Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today, "ref", ReceiptAnswerKind.Incorrect).Failure!.Code);
        var result = Records().RecordPaperConfirmation(Registrar, Receipt(), Alice, Left, Today, "ref", ReceiptAnswerKind.Incorrect, "社團名稱有誤");
        Assert.Equal("社團名稱有誤", result.GetValueOrThrow().Answer.Reason);
    }

    [Fact]
    public void Only_the_registrar_records_it_and_only_for_a_student_in_the_receipt()
    {
        Assert.Equal("SP-F001", Records().RecordPaperConfirmation(Submitter, Receipt(), Alice, Left, Today, "ref", ReceiptAnswerKind.Correct).Failure!.Code);
        Assert.Equal("SP-F014", Records().RecordPaperConfirmation(Registrar, Receipt(), Bob, Left, Today, "ref", ReceiptAnswerKind.Correct).Failure!.Code);
    }
}
