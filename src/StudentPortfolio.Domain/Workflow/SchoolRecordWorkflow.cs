using StudentPortfolio.Internal;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The school's work on records around the receipt and each semester, beside <see cref="OutcomeWorkflow"/>: a
/// student's dispute of one received row of any kind and its resolution by the submitting unit
/// (松山商家學生學習歷程檔案作業補充規定 六(二)), the registrar's record of a paper confirmation mailed back by a student who has
/// left (七(三)3), and the checks staff record each semester (白河商工學生學習歷程檔案作業補充規定 四(一)二、九).
/// </summary>
/// <remarks>
/// Every step checks the <see cref="PermissionMatrix"/> (<c>SP-F001</c>), availability (<c>SP-F006</c>), the office
/// proxy lists (<c>SP-F017</c>, <c>SP-F018</c>), its preconditions, and its calendar window (<c>SP-W</c>), and returns a
/// <see cref="WorkflowResult{T}"/> with an <see cref="AuditEntry"/>. Time comes from the injected <see cref="IClock"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SchoolRecordWorkflow
{
    private const string Root = "$";
    private readonly IClock _clock;
    private readonly WindowGate _windows;
    private readonly StaffAuthoriser _staff;

    /// <summary>Creates the workflow.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="calendar">The submission calendar; <see langword="null"/> checks no windows (for tools and tests).</param>
    /// <param name="permissions">The permission matrix; <see langword="null"/> means <see cref="PermissionMatrix.Default"/>.</param>
    /// <param name="proxies">The proxy lists; <see langword="null"/> means none.</param>
    /// <param name="availability">Who is unavailable; <see langword="null"/> means everyone is available.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public SchoolRecordWorkflow(IClock clock, SubmissionCalendar? calendar, PermissionMatrix? permissions = null, ProxyDirectory? proxies = null, StaffAvailability? availability = null)
    {
        _clock = Guard.NotNull(clock);
        _windows = new WindowGate(calendar, null);
        _staff = new StaffAuthoriser(permissions, proxies, availability);
    }

    /// <summary>
    /// A student disputes one row of the receipt (收訖明細有疑義), with a reason, inside the receipt's confirmation period
    /// and the calendar's receipt-confirmation window of <paramref name="term"/>. The dispute goes to the unit that
    /// submits the receipt's kind (<see cref="SubmissionUnits.DefaultFor"/>).
    /// </summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="receipt">The receipt.</param>
    /// <param name="row">The disputed row, one of the student's rows in <paramref name="receipt"/>.</param>
    /// <param name="term">The term the receipt belongs to.</param>
    /// <param name="reason">What is wrong; required (<c>SP-F003</c>).</param>
    /// <returns>The open dispute, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="receipt"/> or <paramref name="row"/> is <see langword="null"/>.</exception>
    public WorkflowResult<RecordDispute> Dispute(Actor actor, ReceiptDocument receipt, ReceiptRecord row, Term term, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(row);
        const WorkflowAction action = WorkflowAction.DisputeReceipt;
        var now = _clock.GetCurrentInstant();
        var failure = _staff.AuthoriseStudent(actor, action, row.Record, row.Path, out var student);
        var listed = failure is null ? receipt.Find(student) : null;
        failure ??= listed is null ? Issue(WorkflowRules.StudentNotInReceipt, student, null, student.ToString()) : null;
        failure ??= listed!.Records.Contains(row) ? null : Issue(WorkflowRules.RecordNotInReceipt, student, row.Record, student.ToString(), RowText(row));
        failure ??= string.IsNullOrWhiteSpace(reason) ? Issue(WorkflowRules.ReasonRequired, student, row.Record, action.ToString()) : null;
        failure ??= receipt.IsOpenForAnswers(now) ? null : Issue(WorkflowRules.ConfirmationClosed, student, row.Record, receipt.ConfirmationDeadline?.ToString() ?? "-", now.ToString());
        failure ??= _windows.Check(WindowKind.ReceiptConfirmation, term, now, student, row.Record, row.Path);
        if (failure is not null)
        {
            return WorkflowResult<RecordDispute>.Failed(failure);
        }

        var dispute = new RecordDispute(student, receipt.Kind, SubmissionUnits.DefaultFor(receipt.Kind), row, reason!.Trim(), actor.Id, now);
        return WorkflowResult<RecordDispute>.Succeeded(dispute, new AuditEntry(now, actor.Id, action, student, row.Record, null, null, null, $"{receipt.Kind} {RowText(row)}: {dispute.Reason}"));
    }

    /// <summary>
    /// The unit that submitted the disputed kind resolves an open dispute with a reason: <see cref="RecordDisputeStatus.Confirmed"/>
    /// (the received data is right) or <see cref="RecordDisputeStatus.Corrected"/>. Allowed for a submitter of that
    /// unit, or for the office that is the unit (註冊組, 訓育組) following its proxy list. No calendar window.
    /// </summary>
    /// <param name="actor">The unit's staff member or proxy.</param>
    /// <param name="dispute">The open dispute.</param>
    /// <param name="resolution"><see cref="RecordDisputeStatus.Confirmed"/> or <see cref="RecordDisputeStatus.Corrected"/>.</param>
    /// <param name="reason">Why; required (<c>SP-F003</c>).</param>
    /// <returns>The resolved dispute, or the failure (<c>SP-F002</c> when it is not open, <c>SP-F010</c> for another unit).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="dispute"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not Confirmed or Corrected.</exception>
    public WorkflowResult<RecordDispute> Resolve(Actor actor, RecordDispute dispute, RecordDisputeStatus resolution, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(dispute);
        if (resolution is not (RecordDisputeStatus.Confirmed or RecordDisputeStatus.Corrected))
        {
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "A dispute is resolved as Confirmed or Corrected.");
        }

        const WorkflowAction action = WorkflowAction.ResolveDispute;
        var now = _clock.GetCurrentInstant();
        string? onBehalfOf = null;
        var failure = _staff.Authorise(actor, action, dispute.Student, dispute.Record, dispute.RowPath, out _)
            ?? AuthoriseUnit(actor, action, dispute, out onBehalfOf)
            ?? (dispute.Status == RecordDisputeStatus.Open ? null : Issue(WorkflowRules.TransitionNotAllowed, dispute.Student, dispute.Record, RowText(dispute), dispute.Status.ToString(), action.ToString()))
            ?? (string.IsNullOrWhiteSpace(reason) ? Issue(WorkflowRules.ReasonRequired, dispute.Student, dispute.Record, action.ToString()) : null);
        if (failure is not null)
        {
            return WorkflowResult<RecordDispute>.Failed(failure);
        }

        var resolved = dispute.Resolved(resolution, reason!.Trim(), actor.Id, onBehalfOf, now);
        return WorkflowResult<RecordDispute>.Succeeded(resolved, new AuditEntry(now, actor.Id, action, dispute.Student, dispute.Record, null, null, onBehalfOf, $"{dispute.Kind} {RowText(dispute)} {resolution}: {resolved.Resolution}"));
    }

    /// <summary>
    /// The registrar records the receipt confirmation a student who has left mailed back on paper (紙本郵寄確認):
    /// the student must be in the receipt (<c>SP-F014</c>) and have left (<c>SP-F025</c>), the reference is required
    /// (<c>SP-F026</c>), the date received may not be after today in Taipei (<c>SP-F027</c>), and an incorrect answer
    /// needs the reason written on the form (<c>SP-F003</c>). No calendar window: the mail arrives when it arrives.
    /// </summary>
    /// <param name="actor">The registrar or the registrar's proxy in turn.</param>
    /// <param name="receipt">The receipt the student confirmed.</param>
    /// <param name="student">The student.</param>
    /// <param name="history">The student's enrollment history (to see that the student has left).</param>
    /// <param name="dateReceived">The date the school received the mail.</param>
    /// <param name="reference">The school's reference for the letter.</param>
    /// <param name="answer">The student's answer.</param>
    /// <param name="reason">What is wrong, for <see cref="ReceiptAnswerKind.Incorrect"/>.</param>
    /// <returns>The recorded confirmation, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="receipt"/> or <paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is undefined.</exception>
    public WorkflowResult<PaperConfirmation> RecordPaperConfirmation(
        Actor actor,
        ReceiptDocument receipt,
        StudentKey student,
        EnrollmentHistory history,
        LocalDate dateReceived,
        string? reference,
        ReceiptAnswerKind answer,
        string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(history);
        Guard.Defined(answer);
        const WorkflowAction action = WorkflowAction.RecordPaperConfirmation;
        var now = _clock.GetCurrentInstant();
        var today = TaipeiTime.DateOf(now);
        var failure = _staff.Authorise(actor, action, student, null, Root, out var onBehalfOf)
            ?? (receipt.Find(student) is null ? Issue(WorkflowRules.StudentNotInReceipt, student, null, student.ToString()) : null)
            ?? (RetentionSchedule.LeavingEvent(history) is null ? Issue(WorkflowRules.NotALeaver, student, null, student.ToString()) : null)
            ?? (string.IsNullOrWhiteSpace(reference) ? Issue(WorkflowRules.PaperReferenceRequired, student, null, student.ToString()) : null)
            ?? (dateReceived > today ? Issue(WorkflowRules.PaperReceivedInFuture, student, null, dateReceived.ToString("yyyy-MM-dd", null), today.ToString("yyyy-MM-dd", null)) : null)
            ?? (answer == ReceiptAnswerKind.Incorrect && string.IsNullOrWhiteSpace(reason) ? Issue(WorkflowRules.ReasonRequired, student, null, action.ToString()) : null);
        if (failure is not null)
        {
            return WorkflowResult<PaperConfirmation>.Failed(failure);
        }

        var text = answer == ReceiptAnswerKind.Incorrect ? reason!.Trim() : null;
        var confirmation = new PaperConfirmation(new ReceiptAnswer(student, receipt.Kind, answer, text, now, actor.Id), dateReceived, reference!.Trim(), onBehalfOf);
        var detail = $"{receipt.Kind} {answer} by mail received {dateReceived:yyyy-MM-dd} ref {confirmation.Reference}" + (text is null ? string.Empty : $": {text}");
        return WorkflowResult<PaperConfirmation>.Succeeded(confirmation, new AuditEntry(now, actor.Id, action, student, null, null, null, onBehalfOf, detail));
    }

    /// <summary>
    /// Staff record a check for a student in a term: the registrar's re-check of the basic data
    /// (<see cref="WorkflowAction.RecheckBasicData"/>, in the <see cref="WindowKind.SchoolDataEntry"/> window), or the
    /// check of the autobiography / study plan (<see cref="WorkflowAction.CheckAutobiography"/>, in the
    /// <see cref="WindowKind.AutobiographyEntry"/> window). <see cref="SemesterCheckReport"/> reports terms without one.
    /// </summary>
    /// <param name="actor">The checking staff member.</param>
    /// <param name="student">The student.</param>
    /// <param name="term">The term.</param>
    /// <param name="kind">What is checked.</param>
    /// <returns>The check, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public WorkflowResult<RecordCheck> Check(Actor actor, StudentKey student, Term term, RecordCheckKind kind)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Guard.Defined(kind);
        var (action, window, path) = kind == RecordCheckKind.BasicData
            ? (WorkflowAction.RecheckBasicData, WindowKind.SchoolDataEntry, "$.basicData")
            : (WorkflowAction.CheckAutobiography, WindowKind.AutobiographyEntry, "$.autobiography");
        var now = _clock.GetCurrentInstant();
        var failure = _staff.Authorise(actor, action, student, null, path, out var onBehalfOf)
            ?? _windows.Check(window, term, now, student, null, path);
        return failure is not null
            ? WorkflowResult<RecordCheck>.Failed(failure)
            : WorkflowResult<RecordCheck>.Succeeded(new RecordCheck(student, kind, term, actor.Id, now, onBehalfOf), new AuditEntry(now, actor.Id, action, student, null, null, null, onBehalfOf, $"{kind} {term}"));
    }

    private static ValidationIssue Issue(RuleDescriptor rule, StudentKey? student, RecordId? record, params string[] arguments) =>
        new(rule, student, record, Root, arguments);

    private static string RowText(ReceiptRecord row) => row.Record?.ToString() ?? row.Path;

    private static string RowText(RecordDispute dispute) => dispute.Record?.ToString() ?? dispute.RowPath;

    /// <summary>A submitter of the dispute's unit, or the office that is the unit (with its proxy list).</summary>
    private ValidationIssue? AuthoriseUnit(Actor actor, WorkflowAction action, RecordDispute dispute, out string? onBehalfOf)
    {
        onBehalfOf = null;
        if (actor.HasRole(Role.Submitter) && actor.SubmittingUnits.Contains(dispute.Unit) && _staff.Permissions.IsAllowed(Role.Submitter, action))
        {
            return null;
        }

        if (SubmissionUnits.OfficeOf(dispute.Unit) is { } office)
        {
            var failure = _staff.AuthoriseAs(actor, action, office, dispute.Student, dispute.Record, dispute.RowPath, out var applies, out onBehalfOf);
            if (applies)
            {
                return failure;
            }
        }

        return Issue(WorkflowRules.WrongSubmittingUnit, dispute.Student, dispute.Record, actor.Id, dispute.Kind.ToString(), dispute.Unit.ToString());
    }
}
