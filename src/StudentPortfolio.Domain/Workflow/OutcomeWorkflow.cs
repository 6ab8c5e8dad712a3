using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The life cycle of a course learning outcome as a state machine:
/// <c>Uploaded → Certified | Rejected(reason) → (re-upload) → Uploaded → … → Selected → Submitted → Received</c>,
/// or <c>Received → Disputed → Corrected → Submitted</c> (resubmission), or <c>Disputed → Received</c> when the
/// school finds the data was right. Editing content after certification voids the certification (content hash)
/// and sends the item back to <see cref="OutcomeState.Uploaded"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every transition checks, in this order: the <see cref="PermissionMatrix"/> (deny by default, <c>SP-F001</c>);
/// that the actor is not marked unavailable (<c>SP-F006</c>); whose record it is (a student acts on own records,
/// <c>SP-F007</c>; a certifier is the course teacher or the proxy in turn, <c>SP-F004</c>/<c>SP-F005</c>; a
/// submitter belongs to the kind's unit, <c>SP-F010</c>); that the transition is allowed from the current state
/// (<c>SP-F002</c>); its preconditions (<c>SP-F003</c>, <c>SP-F008</c>, <c>SP-F009</c>, <c>SP-F011</c>,
/// <c>SP-F012</c>); and last its calendar window (<c>SP-W</c>). It returns a <see cref="WorkflowResult{T}"/>: the
/// new item and an <see cref="AuditEntry"/>, or the failure. Items are never mutated.
/// </para>
/// <para>Time comes from the injected <see cref="IClock"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class OutcomeWorkflow
{
    private const string OutcomesPath = "$.outcomes";
    private readonly IClock _clock;
    private readonly WindowGate _windows;
    private readonly StaffAuthoriser _staff;

    /// <summary>Creates a workflow whose transitions check the school's submission calendar (作業期程).</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="calendar">
    /// The submission calendar: a transition outside its window fails with <c>SP-W001</c>, one whose window the
    /// calendar lacks with <c>SP-W006</c>. <see langword="null"/> checks no windows (for tools and tests; a school
    /// passes its calendar).
    /// </param>
    /// <param name="permissions">The permission matrix; <see langword="null"/> means <see cref="PermissionMatrix.Default"/>.</param>
    /// <param name="proxies">The proxy lists; <see langword="null"/> means none.</param>
    /// <param name="availability">Who is unavailable; <see langword="null"/> means everyone is available.</param>
    /// <param name="isGraduating">Tells whether a student is in the graduating grade in a term (and so may also use the graduating grade's windows); <see langword="null"/> means nobody is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public OutcomeWorkflow(
        IClock clock,
        SubmissionCalendar? calendar,
        PermissionMatrix? permissions = null,
        ProxyDirectory? proxies = null,
        StaffAvailability? availability = null,
        Func<StudentKey, Term, bool>? isGraduating = null)
        : this(clock, new StaffAuthoriser(permissions, proxies, availability), new WindowGate(calendar, isGraduating), null, false, null)
    {
    }

    private OutcomeWorkflow(IClock clock, StaffAuthoriser staff, WindowGate windows, TeachingAssignments? assignments, bool supervisors, ICertificationAuthorizer? authorizer)
    {
        _clock = Guard.NotNull(clock);
        _windows = windows;
        _staff = staff;
        Assignments = assignments;
        SupervisingTeachersMayCertify = supervisors;
        Authorizer = authorizer;
    }

    /// <summary>Gets the permission matrix.</summary>
    public PermissionMatrix Permissions => _staff.Permissions;

    /// <summary>Gets the proxy lists (per course and per administrative office).</summary>
    public ProxyDirectory Proxies => _staff.Proxies;

    /// <summary>Gets who is unavailable now (from the live source when the workflow came from dependency injection).</summary>
    public StaffAvailability Availability => _staff.Availability;

    /// <summary>
    /// Gets the teaching assignments certification is scoped to, or <see langword="null"/> when certification checks
    /// only the course codes an <see cref="Actor"/> lists (the whole course code, any class and term).
    /// </summary>
    public TeachingAssignments? Assignments { get; }

    /// <summary>
    /// Gets a value indicating whether the supervising teacher (指導教師) named on an outcome may certify it
    /// (白河商工學生學習歷程檔案作業補充規定 四(二)二 備註 「經任課或指導教師認證」); see
    /// <see cref="Policies.PortfolioPolicy.SupervisingTeachersMayCertify"/>.
    /// </summary>
    public bool SupervisingTeachersMayCertify { get; }

    /// <summary>Gets the school's own certification condition, if any.</summary>
    public ICertificationAuthorizer? Authorizer { get; }

    /// <summary>Returns a workflow with other availability (after marking staff unavailable or available).</summary>
    /// <param name="availability">The availability.</param>
    /// <returns>The new workflow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="availability"/> is <see langword="null"/>.</exception>
    public OutcomeWorkflow WithAvailability(StaffAvailability availability) =>
        new(_clock, new StaffAuthoriser(Permissions, Proxies, Guard.NotNull(availability)), _windows, Assignments, SupervisingTeachersMayCertify, Authorizer);

    /// <summary>Returns a workflow that asks <paramref name="source"/> for the availability on every transition (a live personnel service).</summary>
    internal OutcomeWorkflow WithAvailabilitySource(Func<StaffAvailability> source) =>
        new(_clock, new StaffAuthoriser(Permissions, Proxies, source), _windows, Assignments, SupervisingTeachersMayCertify, Authorizer);

    /// <summary>Returns a workflow with other proxy lists.</summary>
    /// <param name="proxies">The proxy lists.</param>
    /// <returns>The new workflow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proxies"/> is <see langword="null"/>.</exception>
    public OutcomeWorkflow WithProxies(ProxyDirectory proxies) =>
        new(_clock, new StaffAuthoriser(Permissions, Guard.NotNull(proxies), _staff.AvailabilitySource), _windows, Assignments, SupervisingTeachersMayCertify, Authorizer);

    /// <summary>
    /// Returns a workflow whose certification is scoped to teaching assignments: the teacher certifies an outcome
    /// only for the class (<see cref="OutcomeWorkItem.CourseClass"/>) and term they teach the course to
    /// (<c>SP-F015</c>); a proxy only for a teacher who is assigned.
    /// </summary>
    /// <param name="assignments">The assignments; <see langword="null"/> goes back to course codes only.</param>
    /// <returns>The new workflow.</returns>
    public OutcomeWorkflow WithTeachingAssignments(TeachingAssignments? assignments) =>
        new(_clock, _staff, _windows, assignments, SupervisingTeachersMayCertify, Authorizer);

    /// <summary>
    /// Returns a workflow that does or does not let the supervising teacher named on an outcome
    /// (<see cref="OutcomeWorkItem.Supervisor"/>) certify it; pass <see cref="Policies.PortfolioPolicy.SupervisingTeachersMayCertify"/>.
    /// </summary>
    /// <param name="allowed">Whether supervising teachers may certify.</param>
    /// <returns>The new workflow.</returns>
    public OutcomeWorkflow WithSupervisingTeachers(bool allowed) =>
        new(_clock, _staff, _windows, Assignments, allowed, Authorizer);

    /// <summary>Returns a workflow that also asks <paramref name="authorizer"/> before certifying or rejecting (<c>SP-F016</c>).</summary>
    /// <param name="authorizer">The school's condition; <see langword="null"/> for none.</param>
    /// <returns>The new workflow.</returns>
    public OutcomeWorkflow WithCertificationAuthorizer(ICertificationAuthorizer? authorizer) =>
        new(_clock, _staff, _windows, Assignments, SupervisingTeachersMayCertify, authorizer);

    /// <summary>A student uploads a new outcome (student-upload window). The outcome must be pending and unselected.</summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="student">The owner.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="courseClass">The class or teaching group the course is taken in (開課班級); needed when certification is scoped to teaching assignments.</param>
    /// <param name="supervisor">The supervising teacher (指導教師) named on the outcome, if any.</param>
    /// <returns>The item in <see cref="OutcomeState.Uploaded"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="outcome"/> is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Upload(Actor actor, StudentKey student, CourseLearningOutcome outcome, string? courseClass = null, string? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(outcome);
        const WorkflowAction action = WorkflowAction.UploadOutcome;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseStudentAction(actor, action, student, outcome.Id)
            ?? (outcome.Certification.Status != CertificationStatus.Pending || outcome.IsSelected ? Issue(WorkflowRules.UploadNotNew, student, outcome.Id, outcome.Id.ToString()) : null)
            ?? _windows.Check(WindowKind.StudentUpload, outcome.Term, now, student, outcome.Id, OutcomesPath);
        return failure is not null
            ? Fail(failure)
            : Done(new OutcomeWorkItem(student, outcome, OutcomeState.Uploaded, courseClass: courseClass, supervisor: supervisor), actor, action, now, null);
    }

    /// <summary>
    /// The student edits or re-uploads the content (student-upload window) from <see cref="OutcomeState.Uploaded"/>,
    /// <see cref="OutcomeState.Rejected"/>, <see cref="OutcomeState.Certified"/> or <see cref="OutcomeState.Selected"/>.
    /// A certification no longer covers the new content hash, so it is void; a selection is cleared with it.
    /// </summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="item">The item.</param>
    /// <param name="title">The new title.</param>
    /// <param name="description">The new description.</param>
    /// <param name="files">The new files.</param>
    /// <returns>The item in <see cref="OutcomeState.Uploaded"/>, or the failure (<c>SP-F009</c> when nothing changed).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="files"/> is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Edit(Actor actor, OutcomeWorkItem item, string title, string description, IEnumerable<MediaFile>? files)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        const WorkflowAction action = WorkflowAction.EditOutcome;
        var now = _clock.GetCurrentInstant();
        var edited = item.Outcome.WithContent(title, description, files);
        var failure = AuthoriseStudentAction(actor, action, item.Student, item.Id)
            ?? RequireState(item, action, OutcomeState.Uploaded, OutcomeState.Rejected, OutcomeState.Certified, OutcomeState.Selected)
            ?? (edited.ContentHash == item.Outcome.ContentHash ? Issue(WorkflowRules.NoChange, item.Student, item.Id, item.Id.ToString(), action.ToString()) : null)
            ?? InWindow(WindowKind.StudentUpload, item, now);
        if (failure is not null)
        {
            return Fail(failure);
        }

        var outcome = edited.IsSelected ? edited.WithSelection(false) : edited;
        return Done(item.Next(outcome, OutcomeState.Uploaded), actor, action, now, item.State);
    }

    /// <summary>
    /// The course teacher, or the proxy in turn, certifies the current content (teacher-certification window), from
    /// <see cref="OutcomeState.Uploaded"/>, or from <see cref="OutcomeState.Corrected"/> when a correction changed the content.
    /// </summary>
    /// <param name="actor">The certifier.</param>
    /// <param name="item">The item.</param>
    /// <returns>The item in <see cref="OutcomeState.Certified"/> (or still <see cref="OutcomeState.Corrected"/>), or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Certify(Actor actor, OutcomeWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        const WorkflowAction action = WorkflowAction.CertifyOutcome;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseCertifier(actor, action, item, out var onBehalfOf)
            ?? (item.State == OutcomeState.Corrected && !item.Outcome.IsCertified ? null : RequireState(item, action, OutcomeState.Uploaded))
            ?? InWindow(WindowKind.TeacherCertification, item, now);
        if (failure is not null)
        {
            return Fail(failure);
        }

        var outcome = item.Outcome.WithCertification(Certification.Certify(actor.Id, now, item.Outcome.ContentHash, onBehalfOf));
        var state = item.State == OutcomeState.Corrected ? OutcomeState.Corrected : OutcomeState.Certified;
        return Done(item.Next(outcome, state, item.SubmittedHash, item.SubmissionCount), actor, action, now, item.State, onBehalfOf);
    }

    /// <summary>The course teacher, or the proxy in turn, rejects an uploaded outcome with a reason (teacher-certification window).</summary>
    /// <param name="actor">The certifier.</param>
    /// <param name="item">The item.</param>
    /// <param name="reason">Why; required (<c>SP-F003</c>).</param>
    /// <returns>The item in <see cref="OutcomeState.Rejected"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="item"/> is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Reject(Actor actor, OutcomeWorkItem item, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        const WorkflowAction action = WorkflowAction.RejectOutcome;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseCertifier(actor, action, item, out var onBehalfOf)
            ?? RequireState(item, action, OutcomeState.Uploaded)
            ?? RequireReason(reason, item, action)
            ?? InWindow(WindowKind.TeacherCertification, item, now);
        if (failure is not null)
        {
            return Fail(failure);
        }

        var outcome = item.Outcome.WithCertification(Certification.Reject(actor.Id, now, reason!.Trim(), onBehalfOf));
        return Done(item.Next(outcome, OutcomeState.Rejected), actor, action, now, item.State, onBehalfOf, reason.Trim());
    }

    /// <summary>The student selects (勾選) a certified outcome for the central database (student-selection window).</summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="item">The item.</param>
    /// <returns>The item in <see cref="OutcomeState.Selected"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Select(Actor actor, OutcomeWorkItem item) => ChangeSelection(actor, item, select: true);

    /// <summary>The student withdraws a selection (student-selection window).</summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="item">The item.</param>
    /// <returns>The item in <see cref="OutcomeState.Certified"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Deselect(Actor actor, OutcomeWorkItem item) => ChangeSelection(actor, item, select: false);

    /// <summary>A submitter of the outcomes' unit submits a selected, certified outcome (school-submission window).</summary>
    /// <param name="actor">The submitter.</param>
    /// <param name="item">The item.</param>
    /// <returns>The item in <see cref="OutcomeState.Submitted"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Submit(Actor actor, OutcomeWorkItem item) => SubmitCertified(actor, item, WorkflowAction.Submit, OutcomeState.Selected);

    /// <summary>A submitter of a batch's unit submits the whole batch (school-submission window of the batch's term).</summary>
    /// <param name="actor">The submitter.</param>
    /// <param name="batch">The batch.</param>
    /// <returns>The batch, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<SubmissionBatch> SubmitBatch(Actor actor, SubmissionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(batch);
        const WorkflowAction action = WorkflowAction.Submit;
        var now = _clock.GetCurrentInstant();
        var failure = Authorise(actor, action, null, null, out _)
            ?? RequireUnit(actor, action, batch.Kind, batch.Unit, null, null)
            ?? _windows.Check(WindowKind.SchoolSubmission, batch.Term, now, null, null, "$");
        if (failure is not null)
        {
            return WorkflowResult<SubmissionBatch>.Failed(failure);
        }

        var audit = new AuditEntry(now, actor.Id, action, null, null, null, null, null, batch.ToString());
        return WorkflowResult<SubmissionBatch>.Succeeded(batch, audit);
    }

    /// <summary>
    /// Records receipt (收訖) of a submitted outcome after reconciliation: allowed when the report lists the record as
    /// received; a missing (<c>SP-F020</c>) or changed (<c>SP-F022</c>) record stays submitted. No calendar window:
    /// the receipt arrives when the central database sends it.
    /// </summary>
    /// <param name="actor">The registrar (or another role granted <see cref="WorkflowAction.ImportReceipt"/>).</param>
    /// <param name="item">The item.</param>
    /// <param name="report">The reconciliation of the batch that carried the item.</param>
    /// <returns>The item in <see cref="OutcomeState.Received"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Receive(Actor actor, OutcomeWorkItem item, ReconciliationReport report)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(report);
        const WorkflowAction action = WorkflowAction.ImportReceipt;
        var now = _clock.GetCurrentInstant();
        var failure = Authorise(actor, action, item.Student, item.Id, out var onBehalfOf)
            ?? RequireState(item, action, OutcomeState.Submitted);
        if (failure is null)
        {
            var line = report.Batch.Kind == SubmissionContentKind.CourseOutcomes ? report.Find(item.Student, item.Id) : null;
            if (line is null || line.Status == ReconciliationStatus.Missing || line.SubmittedHash != item.SubmittedHash)
            {
                failure = Issue(WorkflowRules.MissingFromReceipt, item.Student, item.Id, item.Id.ToString(), SubmissionContentKind.CourseOutcomes.ToString());
            }
            else if (line.Status == ReconciliationStatus.Changed)
            {
                failure = Issue(WorkflowRules.ChangedInReceipt, item.Student, item.Id, item.Id.ToString(), line.SubmittedHash?.ToString() ?? "-", line.ReceivedHash?.ToString() ?? "-");
            }
        }

        return failure is not null
            ? Fail(failure)
            : Done(Moved(item, OutcomeState.Received), actor, action, now, item.State, onBehalfOf);
    }

    /// <summary>The student reports a received outcome as wrong (有誤), with a reason, before the receipt's deadline and in the receipt-confirmation window.</summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="item">The item.</param>
    /// <param name="receipt">The receipt being answered (its 開放確認期限 applies).</param>
    /// <param name="reason">What is wrong; required (<c>SP-F003</c>).</param>
    /// <returns>The item in <see cref="OutcomeState.Disputed"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/>, <paramref name="item"/> or <paramref name="receipt"/> is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Dispute(Actor actor, OutcomeWorkItem item, ReceiptDocument receipt, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(receipt);
        const WorkflowAction action = WorkflowAction.DisputeReceipt;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseStudentAction(actor, action, item.Student, item.Id)
            ?? RequireState(item, action, OutcomeState.Received)
            ?? RequireReason(reason, item, action)
            ?? RequireOpen(receipt, now, item.Student, item.Id)
            ?? InWindow(WindowKind.ReceiptConfirmation, item, now);
        return failure is not null
            ? Fail(failure)
            : Done(Moved(item, OutcomeState.Disputed), actor, action, now, item.State, null, reason!.Trim());
    }

    /// <summary>The school checks a dispute and finds the received data right (查核無誤): back to <see cref="OutcomeState.Received"/>; the student is asked to check again.</summary>
    /// <param name="actor">The registrar, or a submitter of the outcomes' unit.</param>
    /// <param name="item">The item.</param>
    /// <param name="note">Why the dispute is dismissed; required (<c>SP-F003</c>).</param>
    /// <returns>The item in <see cref="OutcomeState.Received"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="item"/> is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> DismissDispute(Actor actor, OutcomeWorkItem item, string? note)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        const WorkflowAction action = WorkflowAction.DismissDispute;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseSubmitter(actor, action, item, out var onBehalfOf)
            ?? RequireState(item, action, OutcomeState.Disputed)
            ?? RequireReason(note, item, action);
        return failure is not null
            ? Fail(failure)
            : Done(Moved(item, OutcomeState.Received), actor, action, now, item.State, onBehalfOf, note!.Trim());
    }

    /// <summary>
    /// The submitting unit corrects a disputed record (更正). With new content the certification no longer covers
    /// it, and the teacher must certify again before the item can be resubmitted; without new content the record is
    /// resubmitted as it is (the error was on the receiving side). No calendar window.
    /// </summary>
    /// <param name="actor">A submitter of the outcomes' unit.</param>
    /// <param name="item">The item.</param>
    /// <param name="title">The corrected title, or <see langword="null"/> to keep the content.</param>
    /// <param name="description">The corrected description (with <paramref name="title"/>).</param>
    /// <param name="files">The corrected files (with <paramref name="title"/>).</param>
    /// <returns>The item in <see cref="OutcomeState.Corrected"/>, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="item"/> is <see langword="null"/>, or <paramref name="description"/> is <see langword="null"/> while <paramref name="title"/> is not.</exception>
    public WorkflowResult<OutcomeWorkItem> Correct(Actor actor, OutcomeWorkItem item, string? title = null, string? description = null, IEnumerable<MediaFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        if (title is not null)
        {
            ArgumentNullException.ThrowIfNull(description);
        }

        const WorkflowAction action = WorkflowAction.CorrectRecord;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseSubmitter(actor, action, item, out _)
            ?? RequireState(item, action, OutcomeState.Disputed);
        if (failure is not null)
        {
            return Fail(failure);
        }

        var outcome = title is null ? item.Outcome : item.Outcome.WithContent(title, description!, files);
        var detail = outcome.ContentHash == item.Outcome.ContentHash ? "content unchanged" : "content changed; certification void";
        return Done(item.Next(outcome, OutcomeState.Corrected, item.SubmittedHash, item.SubmissionCount), actor, action, now, item.State, null, detail);
    }

    /// <summary>A submitter resubmits a corrected, certified outcome (school-submission window).</summary>
    /// <param name="actor">The submitter.</param>
    /// <param name="item">The item.</param>
    /// <returns>The item in <see cref="OutcomeState.Submitted"/> with the submission count raised, or the failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public WorkflowResult<OutcomeWorkItem> Resubmit(Actor actor, OutcomeWorkItem item) => SubmitCertified(actor, item, WorkflowAction.Resubmit, OutcomeState.Corrected);

    /// <summary>
    /// A student answers a receipt: correct (正確), or incorrect (有誤) with a reason; only the student's own part,
    /// only if the receipt lists the student, and only inside the receipt's confirmation period (開放確認期限) and
    /// the calendar's receipt-confirmation window of <paramref name="term"/>.
    /// </summary>
    /// <param name="actor">The acting student.</param>
    /// <param name="receipt">The receipt.</param>
    /// <param name="term">The term the receipt belongs to (for the calendar window).</param>
    /// <param name="answer">The answer.</param>
    /// <param name="reason">What is wrong; required for <see cref="ReceiptAnswerKind.Incorrect"/>.</param>
    /// <returns>The recorded answer, or the failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="receipt"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is undefined.</exception>
    public WorkflowResult<ReceiptAnswer> AnswerReceipt(Actor actor, ReceiptDocument receipt, Term term, ReceiptAnswerKind answer, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(receipt);
        Guard.Defined(answer);
        const WorkflowAction action = WorkflowAction.AnswerReceipt;
        var now = _clock.GetCurrentInstant();
        var failure = _staff.AuthoriseStudent(actor, action, null, "$", out var student);
        failure ??= receipt.Find(student) is null ? Issue(WorkflowRules.StudentNotInReceipt, student, null, student.ToString()) : null;
        failure ??= answer == ReceiptAnswerKind.Incorrect && string.IsNullOrWhiteSpace(reason) ? Issue(WorkflowRules.ReasonRequired, student, null, action.ToString()) : null;
        failure ??= RequireOpen(receipt, now, student, null);
        failure ??= _windows.Check(WindowKind.ReceiptConfirmation, term, now, student, null, "$");
        if (failure is not null)
        {
            return WorkflowResult<ReceiptAnswer>.Failed(failure);
        }

        var text = answer == ReceiptAnswerKind.Incorrect ? reason!.Trim() : null;
        var value = new ReceiptAnswer(student, receipt.Kind, answer, text, now, actor.Id);
        return WorkflowResult<ReceiptAnswer>.Succeeded(value, new AuditEntry(now, actor.Id, action, student, null, null, null, null, text is null ? answer.ToString() : $"{answer}: {text}"));
    }

    /// <summary>Selects (勾選) a certified outcome, or withdraws the selection, in the student-selection window.</summary>
    private WorkflowResult<OutcomeWorkItem> ChangeSelection(Actor actor, OutcomeWorkItem item, bool select)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        var action = select ? WorkflowAction.SelectOutcome : WorkflowAction.DeselectOutcome;
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseStudentAction(actor, action, item.Student, item.Id)
            ?? RequireState(item, action, select ? OutcomeState.Certified : OutcomeState.Selected)
            ?? (select ? RequireCertified(item, action) : null)
            ?? InWindow(WindowKind.StudentSelection, item, now);
        return failure is not null
            ? Fail(failure)
            : Done(item.Next(item.Outcome.WithSelection(select), select ? OutcomeState.Selected : OutcomeState.Certified), actor, action, now, item.State);
    }

    /// <summary>A submitter of the outcomes' unit submits (again) a certified outcome in state <paramref name="from"/> (school-submission window).</summary>
    private WorkflowResult<OutcomeWorkItem> SubmitCertified(Actor actor, OutcomeWorkItem item, WorkflowAction action, OutcomeState from)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(item);
        var now = _clock.GetCurrentInstant();
        var failure = AuthoriseSubmitter(actor, action, item, out _)
            ?? RequireState(item, action, from)
            ?? RequireCertified(item, action)
            ?? InWindow(WindowKind.SchoolSubmission, item, now);
        return failure is not null
            ? Fail(failure)
            : Done(Submitted(item), actor, action, now, item.State);
    }

    private static WorkflowResult<OutcomeWorkItem> Fail(ValidationIssue issue) => WorkflowResult<OutcomeWorkItem>.Failed(issue);

    private static WorkflowResult<OutcomeWorkItem> Done(OutcomeWorkItem item, Actor actor, WorkflowAction action, Instant now, OutcomeState? from, string? onBehalfOf = null, string? detail = null) =>
        WorkflowResult<OutcomeWorkItem>.Succeeded(item, new AuditEntry(now, actor.Id, action, item.Student, item.Id, from, item.State, onBehalfOf, detail));

    private static ValidationIssue Issue(RuleDescriptor rule, StudentKey? student, RecordId? record, params string[] arguments) =>
        new(rule, student, record, record is null ? "$" : OutcomesPath, arguments);

    private static ValidationIssue? RequireState(OutcomeWorkItem item, WorkflowAction action, params OutcomeState[] allowed) =>
        Array.IndexOf(allowed, item.State) >= 0 ? null : Issue(WorkflowRules.TransitionNotAllowed, item.Student, item.Id, item.Id.ToString(), item.State.ToString(), action.ToString());

    // The item's content unchanged, in a new state; the submitted hash and count carried over.
    private static OutcomeWorkItem Moved(OutcomeWorkItem item, OutcomeState state) => item.Next(item.Outcome, state, item.SubmittedHash, item.SubmissionCount);

    // The item's current content submitted (once more).
    private static OutcomeWorkItem Submitted(OutcomeWorkItem item) => item.Next(item.Outcome, OutcomeState.Submitted, item.Outcome.ContentHash, item.SubmissionCount + 1);

    private ValidationIssue? InWindow(WindowKind kind, OutcomeWorkItem item, Instant now) => _windows.Check(kind, item.Outcome.Term, now, item.Student, item.Id, OutcomesPath);

    private static ValidationIssue? RequireCertified(OutcomeWorkItem item, WorkflowAction action) =>
        item.Outcome.IsCertified ? null : Issue(WorkflowRules.NotCertified, item.Student, item.Id, item.Id.ToString(), action.ToString());

    private static ValidationIssue? RequireReason(string? reason, OutcomeWorkItem item, WorkflowAction action) =>
        string.IsNullOrWhiteSpace(reason) ? Issue(WorkflowRules.ReasonRequired, item.Student, item.Id, action.ToString()) : null;

    private static ValidationIssue? RequireOpen(ReceiptDocument receipt, Instant now, StudentKey student, RecordId? record) =>
        receipt.IsOpenForAnswers(now)
            ? null
            : Issue(WorkflowRules.ConfirmationClosed, student, record, receipt.ConfirmationDeadline?.ToString() ?? "-", now.ToString());

    private ValidationIssue? Authorise(Actor actor, WorkflowAction action, StudentKey? student, RecordId? record, out string? onBehalfOf) =>
        _staff.Authorise(actor, action, student, record, record is null ? "$" : OutcomesPath, out onBehalfOf);

    /// <summary>A student may act only on own records, unless a staff role of the actor is granted the action too.</summary>
    private ValidationIssue? AuthoriseStudentAction(Actor actor, WorkflowAction action, StudentKey student, RecordId? record)
    {
        var failure = Authorise(actor, action, student, record, out _);
        if (failure is not null || _staff.GrantedByRoleOtherThan(actor, action, Role.Student))
        {
            return failure;
        }

        return actor.Student == student
            ? null
            : Issue(WorkflowRules.NotOwnRecord, student, record, actor.Student?.ToString() ?? actor.Id, student.ToString(), action.ToString());
    }

    /// <summary>
    /// A submitter acts only for the unit of the kind, unless another role of the actor is granted the action; a proxy
    /// standing in for an office (<paramref name="onBehalfOf"/> set) acts with the office's grant and needs no unit.
    /// </summary>
    private ValidationIssue? AuthoriseSubmitter(Actor actor, WorkflowAction action, OutcomeWorkItem item, out string? onBehalfOf) =>
        Authorise(actor, action, item.Student, item.Id, out onBehalfOf)
            ?? (onBehalfOf is not null ? null : RequireUnit(actor, action, SubmissionContentKind.CourseOutcomes, SubmissionUnits.DefaultFor(SubmissionContentKind.CourseOutcomes), item.Student, item.Id));

    private ValidationIssue? RequireUnit(Actor actor, WorkflowAction action, SubmissionContentKind kind, SubmittingUnit unit, StudentKey? student, RecordId? record)
    {
        if (_staff.GrantedByRoleOtherThan(actor, action, Role.Submitter) || actor.SubmittingUnits.Contains(unit))
        {
            return null;
        }

        return Issue(WorkflowRules.WrongSubmittingUnit, student, record, actor.Id, kind.ToString(), unit.ToString());
    }

    /// <summary>
    /// The course teacher (of the item's class and term when assignments are set) certifies directly; the
    /// supervising teacher named on the item when the policy allows it; a proxy only when the teacher and every
    /// earlier proxy are unavailable. Then the school's own condition, if any.
    /// </summary>
    private ValidationIssue? AuthoriseCertifier(Actor actor, WorkflowAction action, OutcomeWorkItem item, out string? onBehalfOf)
    {
        onBehalfOf = null;
        var basis = CertifierBasis.CourseTeacher;
        var failure = Authorise(actor, action, item.Student, item.Id, out _) ?? Certifier(actor, item, out basis, out onBehalfOf);
        if (failure is not null)
        {
            return failure;
        }

        var refusal = Authorizer?.Refuse(new CertificationRequest(actor, item, action, basis, onBehalfOf));
        if (string.IsNullOrWhiteSpace(refusal))
        {
            return null;
        }

        onBehalfOf = null;
        return Issue(WorkflowRules.CertificationRefused, item.Student, item.Id, actor.Id, item.Id.ToString(), refusal.Trim());
    }

    private ValidationIssue? Certifier(Actor actor, OutcomeWorkItem item, out CertifierBasis basis, out string? onBehalfOf)
    {
        basis = CertifierBasis.CourseTeacher;
        onBehalfOf = null;
        var course = item.Outcome.CourseCode;
        var list = Proxies.For(course);
        if (IsTeacherOf(actor, item, list))
        {
            return null;
        }

        if (SupervisingTeachersMayCertify && string.Equals(item.Supervisor, actor.Id, StringComparison.Ordinal))
        {
            basis = CertifierBasis.SupervisingTeacher;
            return null;
        }

        var position = list?.IndexOf(actor.Id) ?? -1;
        if (list is null || position < 0 || (Assignments is not null && !Assignments.Covers(list.Teacher, course, item.CourseClass, item.Outcome.Term)))
        {
            return Assignments is null
                ? Issue(WorkflowRules.NotCourseTeacher, item.Student, item.Id, actor.Id, course.ToString())
                : Issue(WorkflowRules.NotAssignedTeacher, item.Student, item.Id, actor.Id, course.ToString(), item.CourseClass ?? "-", item.Outcome.Term.ToString());
        }

        var before = ProxyOrder.AvailableBefore(list.Teacher, list.Proxies, position, Availability);
        if (before is not null)
        {
            return Issue(WorkflowRules.ProxyNotInTurn, item.Student, item.Id, actor.Id, list.Teacher, before);
        }

        basis = CertifierBasis.Proxy;
        onBehalfOf = list.Teacher;
        return null;
    }

    private bool IsTeacherOf(Actor actor, OutcomeWorkItem item, ProxyList? list)
    {
        if (!actor.HasRole(Role.CourseTeacher))
        {
            return false;
        }

        var course = item.Outcome.CourseCode;
        return Assignments is null
            ? actor.Teaches(course) || (list is not null && string.Equals(list.Teacher, actor.Id, StringComparison.Ordinal))
            : Assignments.Covers(actor.Id, course, item.CourseClass, item.Outcome.Term);
    }
}
