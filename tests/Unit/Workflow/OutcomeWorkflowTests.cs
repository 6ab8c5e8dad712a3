using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

public class OutcomeWorkflowTests
{
    private static void AssertFails<T>(WorkflowResult<T> result, string code)
        where T : class
    {
        Assert.False(result.IsValid, $"expected {code}, got success {result}");
        Assert.Equal(code, result.Failure!.Code);
        Assert.Null(result.Value);
        Assert.Null(result.Audit);
        Assert.DoesNotContain("A123456789", result.Failure.ToString(), StringComparison.Ordinal);
    }

    private static OutcomeWorkItem Ok(WorkflowResult<OutcomeWorkItem> result, OutcomeState expected)
    {
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(expected, result.Value!.State);
        Assert.Equal(expected, result.Audit!.To);
        Assert.Equal(Now, result.Audit.At);
        return result.Value;
    }

    // Upload

    [Fact]
    public void Student_uploads_own_outcome_as_uploaded()
    {
        var result = Engine().Upload(AliceActor, Alice, NewOutcome());
        var item = Ok(result, OutcomeState.Uploaded);
        Assert.Equal(CertificationStatus.Pending, item.Outcome.Certification.Status);
        Assert.Null(result.Audit!.From);
        Assert.Equal(WorkflowAction.UploadOutcome, result.Audit.Action);
    }

    [Fact]
    public void Teacher_uploading_for_a_student_is_denied_by_default() =>
        AssertFails(Engine().Upload(Teacher, Alice, NewOutcome()), "SP-F001");

    [Fact]
    public void Student_uploading_into_another_students_portfolio_is_denied() =>
        AssertFails(Engine().Upload(BobActor, Alice, NewOutcome()), "SP-F007");

    [Fact]
    public void Uploading_an_outcome_that_already_carries_a_certification_is_refused() =>
        AssertFails(Engine().Upload(AliceActor, Alice, Certified().Outcome), "SP-F012");

    [Fact]
    public void Uploading_an_outcome_that_is_already_selected_is_refused() =>
        AssertFails(Engine().Upload(AliceActor, Alice, NewOutcome().WithSelection(true)), "SP-F012");

    // Edit (re-upload)

    [Theory]
    [InlineData(OutcomeState.Uploaded)]
    [InlineData(OutcomeState.Rejected)]
    [InlineData(OutcomeState.Certified)]
    [InlineData(OutcomeState.Selected)]
    public void Editing_content_returns_the_item_to_uploaded_and_voids_certification_and_selection(OutcomeState from)
    {
        var item = InState(from);
        var result = Engine().Edit(AliceActor, item, "新標題", "修改後的說明", [Pdf("v2.pdf")]);
        var edited = Ok(result, OutcomeState.Uploaded);
        Assert.Equal(from, result.Audit!.From);
        Assert.False(edited.Outcome.IsCertified);
        Assert.False(edited.Outcome.IsSelected);
        Assert.NotEqual(item.Outcome.ContentHash, edited.Outcome.ContentHash);
    }

    [Fact]
    public void Editing_a_certified_outcome_keeps_the_old_certification_on_record_but_it_no_longer_covers_the_content()
    {
        var edited = Engine().Edit(AliceActor, Certified(), "新標題", "新說明", null).GetValueOrThrow();
        Assert.Equal(CertificationStatus.Certified, edited.Outcome.Certification.Status);
        Assert.False(edited.Outcome.Certification.Covers(edited.Outcome.ContentHash));
    }

    [Fact]
    public void Editing_without_changing_anything_is_a_typed_failure_not_a_silent_no_op()
    {
        var item = Uploaded();
        AssertFails(Engine().Edit(AliceActor, item, item.Outcome.Title, item.Outcome.Description, item.Outcome.Files), "SP-F009");
    }

    [Theory]
    [InlineData(OutcomeState.Submitted)]
    [InlineData(OutcomeState.Received)]
    [InlineData(OutcomeState.Disputed)]
    [InlineData(OutcomeState.Corrected)]
    public void Editing_after_submission_is_not_allowed(OutcomeState state) =>
        AssertFails(Engine().Edit(AliceActor, InState(state), "x", "y", null), "SP-F002");

    [Fact]
    public void Another_student_editing_is_denied() =>
        AssertFails(Engine().Edit(BobActor, Uploaded(), "x", "y", null), "SP-F007");

    [Fact]
    public void Teacher_editing_a_students_outcome_is_denied() =>
        AssertFails(Engine().Edit(Teacher, Uploaded(), "x", "y", null), "SP-F001");

    // Certify

    [Fact]
    public void Course_teacher_certifies_the_current_content()
    {
        var result = Engine().Certify(Teacher, Uploaded());
        var item = Ok(result, OutcomeState.Certified);
        Assert.True(item.Outcome.IsCertified);
        Assert.Equal("T001", item.Outcome.Certification.Certifier);
        Assert.Null(item.Outcome.Certification.OnBehalfOf);
        Assert.Equal(Now, item.Outcome.Certification.DecidedAt);
        Assert.Null(result.Audit!.OnBehalfOf);
    }

    [Fact]
    public void Teacher_of_another_course_not_on_the_proxy_list_cannot_certify() =>
        AssertFails(Engine().Certify(Actor.ForCourseTeacher("T009", OtherCourse), Uploaded()), "SP-F004");

    [Fact]
    public void Course_teacher_marked_unavailable_cannot_certify() =>
        AssertFails(Engine(StaffAvailability.AllAvailable.MarkUnavailable("T001")).Certify(Teacher, Uploaded()), "SP-F006");

    [Fact]
    public void Student_cannot_certify() =>
        AssertFails(Engine().Certify(AliceActor, Uploaded()), "SP-F001");

    [Theory]
    [InlineData(OutcomeState.Certified)]
    [InlineData(OutcomeState.Rejected)]
    [InlineData(OutcomeState.Selected)]
    [InlineData(OutcomeState.Submitted)]
    [InlineData(OutcomeState.Received)]
    [InlineData(OutcomeState.Disputed)]
    [InlineData(OutcomeState.Corrected)]
    public void Certifying_outside_uploaded_or_a_changed_correction_is_not_allowed(OutcomeState state) =>
        AssertFails(Engine().Certify(Teacher, InState(state)), "SP-F002");

    [Fact]
    public void First_proxy_certifies_when_the_teacher_is_unavailable_and_records_on_behalf_of()
    {
        var workflow = Engine(StaffAvailability.AllAvailable.MarkUnavailable("T001"));
        var result = workflow.Certify(Proxy1, Uploaded());
        var item = Ok(result, OutcomeState.Certified);
        Assert.Equal("T002", item.Outcome.Certification.Certifier);
        Assert.Equal("T001", item.Outcome.Certification.OnBehalfOf);
        Assert.Equal("T001", result.Audit!.OnBehalfOf);
    }

    [Fact]
    public void Proxy_cannot_certify_while_the_teacher_is_available()
    {
        var result = Engine().Certify(Proxy1, Uploaded());
        AssertFails(result, "SP-F005");
        Assert.Equal(["T002", "T001", "T001"], result.Failure!.Arguments);
    }

    [Fact]
    public void Second_proxy_cannot_certify_while_the_first_proxy_is_available()
    {
        var result = Engine(StaffAvailability.AllAvailable.MarkUnavailable("T001")).Certify(Proxy2, Uploaded());
        AssertFails(result, "SP-F005");
        Assert.Equal("T002", result.Failure!.Arguments[2]);
    }

    [Fact]
    public void Second_proxy_certifies_when_the_teacher_and_the_first_proxy_are_unavailable()
    {
        var availability = StaffAvailability.AllAvailable.MarkUnavailable("T001").MarkUnavailable("T002");
        var item = Engine(availability).Certify(Proxy2, Uploaded()).GetValueOrThrow();
        Assert.Equal("T003", item.Outcome.Certification.Certifier);
        Assert.Equal("T001", item.Outcome.Certification.OnBehalfOf);
    }

    [Fact]
    public void Proxy_marked_unavailable_cannot_certify() =>
        AssertFails(Engine(StaffAvailability.AllAvailable.MarkUnavailable("T001").MarkUnavailable("T002")).Certify(Proxy1, Uploaded()), "SP-F006");

    [Fact]
    public void Teacher_named_on_the_proxy_list_certifies_directly_without_listing_the_course()
    {
        var teacher = new Actor("T001", [Role.CourseTeacher]);
        var item = Engine().Certify(teacher, Uploaded()).GetValueOrThrow();
        Assert.Null(item.Outcome.Certification.OnBehalfOf);
    }

    [Fact]
    public void Certification_after_a_correction_that_changed_the_content_keeps_the_item_corrected()
    {
        var corrected = Engine().Correct(Submitter, InState(OutcomeState.Disputed), "更正標題", "更正說明", null).GetValueOrThrow();
        Assert.False(corrected.Outcome.IsCertified);
        var recertified = Ok(Engine().Certify(Teacher, corrected), OutcomeState.Corrected);
        Assert.True(recertified.Outcome.IsCertified);
        Assert.Equal(1, recertified.SubmissionCount);
    }

    // Reject

    [Fact]
    public void Course_teacher_rejects_with_a_reason()
    {
        var result = Engine().Reject(Teacher, Uploaded(), "  非本課程作業  ");
        var item = Ok(result, OutcomeState.Rejected);
        Assert.Equal("非本課程作業", item.Outcome.Certification.RejectionReason);
        Assert.Equal("非本課程作業", result.Audit!.Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_without_a_reason_is_refused(string? reason) =>
        AssertFails(Engine().Reject(Teacher, Uploaded(), reason), "SP-F003");

    [Fact]
    public void Rejecting_a_certified_outcome_is_not_allowed() =>
        AssertFails(Engine().Reject(Teacher, Certified(), "理由"), "SP-F002");

    [Fact]
    public void Proxy_rejects_for_an_unavailable_teacher_on_behalf_of_the_teacher()
    {
        var item = Engine(StaffAvailability.AllAvailable.MarkUnavailable("T001")).Reject(Proxy1, Uploaded(), "檔案無法開啟").GetValueOrThrow();
        Assert.Equal("T001", item.Outcome.Certification.OnBehalfOf);
    }

    [Fact]
    public void Proxy_rejecting_out_of_turn_is_denied() =>
        AssertFails(Engine().Reject(Proxy2, Uploaded(), "理由"), "SP-F005");

    [Fact]
    public void Student_cannot_reject() =>
        AssertFails(Engine().Reject(AliceActor, Uploaded(), "理由"), "SP-F001");

    // Select / deselect

    [Fact]
    public void Student_selects_a_certified_outcome()
    {
        var item = Ok(Engine().Select(AliceActor, Certified()), OutcomeState.Selected);
        Assert.True(item.Outcome.IsSelected);
    }

    [Theory]
    [InlineData(OutcomeState.Uploaded)]
    [InlineData(OutcomeState.Rejected)]
    [InlineData(OutcomeState.Selected)]
    [InlineData(OutcomeState.Submitted)]
    public void Selecting_an_outcome_that_is_not_certified_and_unselected_is_not_allowed(OutcomeState state) =>
        AssertFails(Engine().Select(AliceActor, InState(state)), "SP-F002");

    [Fact]
    public void Another_student_selecting_is_denied() =>
        AssertFails(Engine().Select(BobActor, Certified()), "SP-F007");

    [Fact]
    public void Teacher_selecting_is_denied() =>
        AssertFails(Engine().Select(Teacher, Certified()), "SP-F001");

    [Fact]
    public void Student_deselects_a_selected_outcome()
    {
        var item = Ok(Engine().Deselect(AliceActor, Selected()), OutcomeState.Certified);
        Assert.False(item.Outcome.IsSelected);
        Assert.True(item.Outcome.IsCertified);
    }

    [Fact]
    public void Deselecting_an_unselected_outcome_is_not_allowed() =>
        AssertFails(Engine().Deselect(AliceActor, Certified()), "SP-F002");

    [Fact]
    public void Another_student_deselecting_is_denied() =>
        AssertFails(Engine().Deselect(BobActor, Selected()), "SP-F007");

    // Submit

    [Fact]
    public void Admissions_submitter_submits_a_selected_certified_outcome()
    {
        var selected = Selected();
        var item = Ok(Engine().Submit(Submitter, selected), OutcomeState.Submitted);
        Assert.Equal(selected.Outcome.ContentHash, item.SubmittedHash);
        Assert.Equal(1, item.SubmissionCount);
    }

    [Theory]
    [InlineData(OutcomeState.Uploaded)]
    [InlineData(OutcomeState.Certified)]
    [InlineData(OutcomeState.Rejected)]
    [InlineData(OutcomeState.Submitted)]
    public void Submitting_anything_but_a_selected_outcome_is_not_allowed(OutcomeState state) =>
        AssertFails(Engine().Submit(Submitter, InState(state)), "SP-F002");

    [Fact]
    public void Submitter_of_another_unit_cannot_submit_outcomes() =>
        AssertFails(Engine().Submit(Actor.ForSubmitter("A002", SubmittingUnit.StudentActivities), Selected()), "SP-F010");

    [Fact]
    public void Student_cannot_submit() =>
        AssertFails(Engine().Submit(AliceActor, Selected()), "SP-F001");

    [Fact]
    public void Submitter_submits_a_batch_of_its_unit()
    {
        var batch = new SubmissionBatch(School, T1141, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, [new BatchEntry(Alice, RecordId.Parse("O1"), Selected().Outcome.ContentHash)]);
        var result = Engine().SubmitBatch(Submitter, batch);
        Assert.True(result.IsValid);
        Assert.Same(batch, result.Value);
        Assert.Null(result.Audit!.Student);
    }

    [Fact]
    public void Submitter_of_another_unit_cannot_submit_a_batch()
    {
        var batch = new SubmissionBatch(School, T1141, SubmissionContentKind.Cadres, SubmittingUnit.StudentActivities, null);
        AssertFails(Engine().SubmitBatch(Submitter, batch), "SP-F010");
    }

    // Receive

    private static ReconciliationReport ReportFor(OutcomeWorkItem item, ContentHash? receivedHash, bool listed = true)
    {
        var batch = new SubmissionBatch(School, T1141, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, [new BatchEntry(item.Student, item.Id, item.SubmittedHash!.Value)]);
        var rows = listed ? new[] { new ReceiptRecord("學期課程學習成果", item.Id, receivedHash, new Dictionary<string, string?>(), "$.課程學習成果[0].學期課程學習成果[0]") } : [];
        var receipt = new ReceiptDocument(SubmissionContentKind.CourseOutcomes, "課程學習成果", [new ReceiptStudent(item.Student, rows, "$.課程學習成果[0]")]);
        return ReceiptReconciler.Reconcile(batch, receipt);
    }

    [Fact]
    public void Registrar_records_receipt_of_a_record_the_receipt_lists_unchanged()
    {
        var submitted = InState(OutcomeState.Submitted);
        Ok(Engine().Receive(Registrar, submitted, ReportFor(submitted, submitted.SubmittedHash)), OutcomeState.Received);
    }

    [Fact]
    public void Receiving_a_record_missing_from_the_receipt_fails()
    {
        var submitted = InState(OutcomeState.Submitted);
        AssertFails(Engine().Receive(Registrar, submitted, ReportFor(submitted, null, listed: false)), "SP-F020");
    }

    [Fact]
    public void Receiving_a_record_whose_content_changed_fails()
    {
        var submitted = InState(OutcomeState.Submitted);
        AssertFails(Engine().Receive(Registrar, submitted, ReportFor(submitted, ContentHash.Compute([1, 2, 3]))), "SP-F022");
    }

    [Fact]
    public void Receiving_an_item_that_was_not_submitted_is_not_allowed()
    {
        var submitted = InState(OutcomeState.Submitted);
        AssertFails(Engine().Receive(Registrar, InState(OutcomeState.Selected), ReportFor(submitted, submitted.SubmittedHash)), "SP-F002");
    }

    [Fact]
    public void Student_cannot_import_the_receipt()
    {
        var submitted = InState(OutcomeState.Submitted);
        AssertFails(Engine().Receive(AliceActor, submitted, ReportFor(submitted, submitted.SubmittedHash)), "SP-F001");
    }

    // Dispute

    [Fact]
    public void Student_disputes_a_received_record_before_the_deadline()
    {
        var result = Engine().Dispute(AliceActor, InState(OutcomeState.Received), Receipt(), "成果簡述少了一段");
        Ok(result, OutcomeState.Disputed);
        Assert.Equal("成果簡述少了一段", result.Audit!.Detail);
    }

    [Fact]
    public void Disputing_without_a_reason_is_refused() =>
        AssertFails(Engine().Dispute(AliceActor, InState(OutcomeState.Received), Receipt(), " "), "SP-F003");

    [Fact]
    public void Disputing_at_the_deadline_is_refused() =>
        AssertFails(Engine().Dispute(AliceActor, InState(OutcomeState.Received), Receipt(Now), "理由"), "SP-F011");

    [Fact]
    public void Disputing_one_tick_before_the_deadline_is_accepted() =>
        Ok(Engine().Dispute(AliceActor, InState(OutcomeState.Received), Receipt(Now.PlusTicks(1)), "理由"), OutcomeState.Disputed);

    [Fact]
    public void Disputing_a_record_that_was_not_received_is_not_allowed() =>
        AssertFails(Engine().Dispute(AliceActor, InState(OutcomeState.Submitted), Receipt(), "理由"), "SP-F002");

    [Fact]
    public void Another_student_disputing_is_denied() =>
        AssertFails(Engine().Dispute(BobActor, InState(OutcomeState.Received), Receipt(), "理由"), "SP-F007");

    // Dismiss / correct / resubmit

    [Fact]
    public void Registrar_dismisses_a_dispute_when_the_data_was_right() =>
        Ok(Engine().DismissDispute(Registrar, InState(OutcomeState.Disputed), "查核無誤"), OutcomeState.Received);

    [Fact]
    public void Dismissing_without_a_note_is_refused() =>
        AssertFails(Engine().DismissDispute(Registrar, InState(OutcomeState.Disputed), null), "SP-F003");

    [Fact]
    public void Dismissing_when_nothing_is_disputed_is_not_allowed() =>
        AssertFails(Engine().DismissDispute(Submitter, InState(OutcomeState.Received), "查核無誤"), "SP-F002");

    [Fact]
    public void Student_cannot_dismiss_a_dispute() =>
        AssertFails(Engine().DismissDispute(AliceActor, InState(OutcomeState.Disputed), "x"), "SP-F001");

    [Fact]
    public void Submitter_corrects_a_disputed_record_without_changing_content_and_it_stays_certified()
    {
        var item = Ok(Engine().Correct(Submitter, InState(OutcomeState.Disputed)), OutcomeState.Corrected);
        Assert.True(item.Outcome.IsCertified);
    }

    [Fact]
    public void Correcting_the_content_voids_the_certification()
    {
        var item = Ok(Engine().Correct(Submitter, InState(OutcomeState.Disputed), "更正", "更正說明", null), OutcomeState.Corrected);
        Assert.False(item.Outcome.IsCertified);
    }

    [Fact]
    public void Correcting_a_record_that_is_not_disputed_is_not_allowed() =>
        AssertFails(Engine().Correct(Submitter, InState(OutcomeState.Received)), "SP-F002");

    [Fact]
    public void Registrar_without_a_grant_cannot_correct() =>
        AssertFails(Engine().Correct(Registrar, InState(OutcomeState.Disputed)), "SP-F001");

    [Fact]
    public void Submitter_resubmits_a_corrected_certified_record()
    {
        var corrected = Engine().Correct(Submitter, InState(OutcomeState.Disputed)).GetValueOrThrow();
        var item = Ok(Engine().Resubmit(Submitter, corrected), OutcomeState.Submitted);
        Assert.Equal(2, item.SubmissionCount);
    }

    [Fact]
    public void Resubmitting_a_correction_that_was_not_certified_again_is_refused()
    {
        var corrected = Engine().Correct(Submitter, InState(OutcomeState.Disputed), "更正", "更正說明", null).GetValueOrThrow();
        AssertFails(Engine().Resubmit(Submitter, corrected), "SP-F008");
    }

    [Fact]
    public void Resubmitting_without_a_correction_is_not_allowed() =>
        AssertFails(Engine().Resubmit(Submitter, InState(OutcomeState.Disputed)), "SP-F002");

    [Fact]
    public void Student_cannot_resubmit() =>
        AssertFails(Engine().Resubmit(AliceActor, InState(OutcomeState.Corrected)), "SP-F001");

    // Receipt answers

    [Fact]
    public void Student_confirms_the_receipt_as_correct()
    {
        var result = Engine().AnswerReceipt(AliceActor, Receipt(), T1141, ReceiptAnswerKind.Correct);
        Assert.True(result.IsValid);
        Assert.Equal(ReceiptAnswerKind.Correct, result.Value!.Answer);
        Assert.Equal(Alice, result.Value.Student);
        Assert.Null(result.Value.Reason);
    }

    [Fact]
    public void Student_reports_the_receipt_as_wrong_with_a_reason()
    {
        var answer = Engine().AnswerReceipt(AliceActor, Receipt(), T1141, ReceiptAnswerKind.Incorrect, "少一件成果").GetValueOrThrow();
        Assert.Equal("少一件成果", answer.Reason);
    }

    [Fact]
    public void Reporting_the_receipt_as_wrong_needs_a_reason() =>
        AssertFails(Engine().AnswerReceipt(AliceActor, Receipt(), T1141, ReceiptAnswerKind.Incorrect), "SP-F003");

    [Fact]
    public void Answering_after_the_confirmation_deadline_is_refused() =>
        AssertFails(Engine(now: Now.Plus(Duration.FromDays(3))).AnswerReceipt(AliceActor, Receipt(), T1141, ReceiptAnswerKind.Correct), "SP-F011");

    [Fact]
    public void Answering_before_the_confirmation_period_opens_is_refused()
    {
        var receipt = new ReceiptDocument(SubmissionContentKind.CourseOutcomes, "課程學習成果", [new ReceiptStudent(Alice, null, "$")], confirmationOpens: Now.PlusTicks(1), confirmationDeadline: Now.Plus(Duration.FromDays(3)));
        AssertFails(Engine().AnswerReceipt(AliceActor, receipt, T1141, ReceiptAnswerKind.Correct), "SP-F011");
    }

    [Fact]
    public void Student_not_listed_in_the_receipt_cannot_answer_it() =>
        AssertFails(Engine().AnswerReceipt(BobActor, Receipt(), T1141, ReceiptAnswerKind.Correct), "SP-F014");

    [Fact]
    public void Teacher_cannot_answer_a_receipt() =>
        AssertFails(Engine().AnswerReceipt(Teacher, Receipt(), T1141, ReceiptAnswerKind.Correct), "SP-F001");

    // Overrides and the whole life cycle

    [Fact]
    public void School_revoking_a_grant_denies_the_action()
    {
        var workflow = new OutcomeWorkflow(new NodaTime.Testing.FakeClock(Now), null, PermissionMatrix.Default.Revoke(Role.Student, WorkflowAction.UploadOutcome));
        AssertFails(workflow.Upload(AliceActor, Alice, NewOutcome()), "SP-F001");
    }

    [Fact]
    public void School_granting_the_registrar_editing_lets_the_registrar_edit_any_students_outcome()
    {
        var workflow = new OutcomeWorkflow(new NodaTime.Testing.FakeClock(Now), null, PermissionMatrix.Default.Grant(Role.Registrar, WorkflowAction.EditOutcome));
        Ok(workflow.Edit(Registrar, Uploaded(), "x", "y", null), OutcomeState.Uploaded);
    }

    [Fact]
    public void Full_life_cycle_from_upload_through_dispute_to_resubmission()
    {
        var wf = Engine();
        var item = wf.Upload(AliceActor, Alice, NewOutcome()).GetValueOrThrow();
        item = wf.Reject(Teacher, item, "缺少檔案").GetValueOrThrow();
        item = wf.Edit(AliceActor, item, "報告 O1", "補上檔案後的說明", [Pdf(), Pdf("補件.pdf")]).GetValueOrThrow();
        item = wf.Certify(Teacher, item).GetValueOrThrow();
        item = wf.Select(AliceActor, item).GetValueOrThrow();
        item = wf.Submit(Submitter, item).GetValueOrThrow();
        item = wf.Receive(Registrar, item, ReportFor(item, item.SubmittedHash)).GetValueOrThrow();
        item = wf.Dispute(AliceActor, item, Receipt(), "檔案順序錯誤").GetValueOrThrow();
        item = wf.Correct(Submitter, item, "報告 O1", "更正後的說明", [Pdf("補件.pdf"), Pdf()]).GetValueOrThrow();
        item = wf.Certify(Teacher, item).GetValueOrThrow();
        item = wf.Resubmit(Submitter, item).GetValueOrThrow();
        Assert.Equal(OutcomeState.Submitted, item.State);
        Assert.Equal(2, item.SubmissionCount);
        Assert.Equal(item.Outcome.ContentHash, item.SubmittedHash);
        Assert.True(item.Outcome.IsCertified);
    }
}
