using StudentPortfolio.Portfolio;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Enrollment;

public class EnrollmentHistoryTests
{
    [Fact]
    public void Admission_makes_the_student_enrolled_at_the_school_from_that_day()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool)]);
        Assert.Equal(EnrollmentStatus.NotEnrolled, h.StatusOn(D(2024, 7, 31)));
        Assert.Equal(EnrollmentStatus.Enrolled, h.StatusOn(D(2024, 8, 1)));
        Assert.Equal(OldSchool, h.SchoolOfRecordOn(D(2025, 1, 1)));
        Assert.Null(h.SchoolOfRecordOn(D(2024, 7, 1)));
    }

    [Fact]
    public void Transfer_moves_the_school_of_record_to_the_receiving_school()
    {
        var h = TransferHistory();
        Assert.Equal(OldSchool, h.SchoolOfRecordOn(D(2025, 2, 28)));
        Assert.Equal(NewSchool, h.SchoolOfRecordOn(D(2025, 3, 1)));
        Assert.True(h.IsValid);
    }

    [Fact]
    public void Transfer_out_alone_leaves_the_student_transferred_out_with_the_receiving_school_known()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool, NewSchool)]);
        var state = h.StateOn(D(2025, 3, 2));
        Assert.Equal(EnrollmentStatus.TransferredOut, state.Status);
        Assert.Equal(NewSchool, state.CounterpartSchool);
        Assert.Null(h.SchoolOfRecordOn(D(2025, 3, 2)));
    }

    [Fact]
    public void Transfer_in_without_the_previous_school_is_rejected_naming_the_event()
    {
        var ex = Assert.Throws<EnrollmentSequenceException>(() => EnrollmentHistory.Create([E(D(2025, 3, 1), EnrollmentEventKind.TransferIn, NewSchool)]));
        Assert.Equal(0, ex.EventIndex);
        Assert.Equal(EnrollmentEventKind.TransferIn, ex.EventKind);
        Assert.Equal(D(2025, 3, 1), ex.EventDate);
        Assert.Equal(EnrollmentSequenceError.CounterpartRequired, ex.Error);
        Assert.Contains("2025-03-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_in_from_a_school_other_than_the_one_left_is_rejected()
    {
        var ok = EnrollmentHistory.TryCreate(
            [Admit(D(2024, 8, 1), OldSchool), E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool), E(D(2025, 3, 2), EnrollmentEventKind.TransferIn, NewSchool, HostSchool)],
            out var history,
            out var problems);
        Assert.False(ok);
        Assert.Null(history);
        var p = Assert.Single(problems);
        Assert.Equal(2, p.EventIndex);
        Assert.Equal(EnrollmentSequenceError.TransferCounterpartMismatch, p.Error);
    }

    [Fact]
    public void Transfer_in_at_a_school_other_than_the_named_receiving_school_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool, HostSchool), E(D(2025, 3, 2), EnrollmentEventKind.TransferIn, NewSchool, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.TransferCounterpartMismatch, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Admission_after_transfer_out_is_rejected_in_favour_of_transfer_in()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool), Admit(D(2025, 3, 2), NewSchool)]);
        Assert.Equal(EnrollmentSequenceError.TransferInExpected, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Second_admission_while_enrolled_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), Admit(D(2024, 9, 1), NewSchool)]);
        Assert.Equal(EnrollmentSequenceError.AlreadyEnrolled, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Resume_without_suspension_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.Resume, OldSchool)]);
        var p = Assert.Single(h.Problems);
        Assert.Equal(EnrollmentSequenceError.ResumeWithoutSuspension, p.Error);
        Assert.Equal(EnrollmentStatus.Enrolled, p.StatusBefore);
    }

    [Fact]
    public void Suspension_then_resumption_is_valid_and_suspended_in_between()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 8, 1), EnrollmentEventKind.Suspend, OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.Resume, OldSchool)]);
        Assert.Equal(EnrollmentStatus.Suspended, h.StatusOn(D(2025, 1, 1)));
        Assert.Equal(OldSchool, h.SchoolOfRecordOn(D(2025, 1, 1)));
        Assert.True(h.IsSuspendedThroughout(T("113-1")));
        Assert.True(h.IsSuspendedThroughout(T("113-2")));
        Assert.False(h.IsSuspendedThroughout(T("114-1")));
    }

    [Fact]
    public void A_term_with_one_day_of_study_is_not_suspended_throughout()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 8, 2), EnrollmentEventKind.Suspend, OldSchool)]);
        Assert.False(h.IsSuspendedThroughout(T("113-1")));
        Assert.True(h.IsSuspendedThroughout(T("113-2")));
    }

    [Fact]
    public void Transfer_while_suspended_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.Suspend, OldSchool), E(D(2024, 10, 1), EnrollmentEventKind.TransferOut, OldSchool, NewSchool)]);
        Assert.Equal(EnrollmentSequenceError.WhileSuspended, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Withdrawal_while_suspended_is_allowed()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.Suspend, OldSchool), E(D(2024, 10, 1), EnrollmentEventKind.Withdraw, OldSchool)]);
        Assert.Equal(EnrollmentStatus.Withdrawn, h.StatusOn(D(2024, 10, 1)));
    }

    [Fact]
    public void Borrowed_study_runs_at_the_host_while_the_home_school_stays_school_of_record()
    {
        var h = EnrollmentHistory.Create(
        [
            Admit(D(2024, 8, 1), OldSchool),
            E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool),
            E(D(2025, 1, 31), EnrollmentEventKind.BorrowedStudyEnd, OldSchool, HostSchool),
        ]);
        var during = h.StateOn(D(2024, 10, 1));
        Assert.Equal(EnrollmentStatus.BorrowedStudy, during.Status);
        Assert.Equal(HostSchool, during.CounterpartSchool);
        Assert.Equal(OldSchool, h.SchoolOfRecordOn(D(2024, 10, 1)));
        Assert.Equal(EnrollmentStatus.Enrolled, h.StatusOn(D(2025, 2, 1)));
    }

    [Fact]
    public void Overlapping_borrowed_study_is_rejected()
    {
        var h = new EnrollmentHistory(
        [
            Admit(D(2024, 8, 1), OldSchool),
            E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool),
            E(D(2024, 10, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, NewSchool),
        ]);
        Assert.Equal(EnrollmentSequenceError.BorrowedStudyOverlap, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Borrowed_study_end_without_start_and_at_another_host_are_rejected()
    {
        var noStart = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyEnd, OldSchool, HostSchool)]);
        Assert.Equal(EnrollmentSequenceError.BorrowedStudyEndWithoutStart, Assert.Single(noStart.Problems).Error);
        var otherHost = new EnrollmentHistory(
        [
            Admit(D(2024, 8, 1), OldSchool),
            E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool),
            E(D(2024, 10, 1), EnrollmentEventKind.BorrowedStudyEnd, OldSchool, NewSchool),
        ]);
        Assert.Equal(EnrollmentSequenceError.HostSchoolMismatch, Assert.Single(otherHost.Problems).Error);
    }

    [Fact]
    public void Borrowed_study_needs_a_host_other_than_the_home_school()
    {
        var none = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.CounterpartRequired, Assert.Single(none.Problems).Error);
        var self = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.CounterpartIsSameSchool, Assert.Single(self.Problems).Error);
    }

    [Fact]
    public void Graduation_during_borrowed_study_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool), E(D(2025, 6, 30), EnrollmentEventKind.Graduate, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.DuringBorrowedStudy, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Programme_change_needs_the_new_programme_and_keeps_it()
    {
        var missing = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.ProgrammeChange, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.ProgrammeRequired, Assert.Single(missing.Problems).Error);
        var ok = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.ProgrammeChange, OldSchool, programme: "405")]);
        Assert.Equal("405", ok.StateOn(D(2025, 2, 1)).Programme);
        Assert.Equal("301", ok.StateOn(D(2025, 1, 31)).Programme);
    }

    [Fact]
    public void Repeat_year_keeps_the_student_enrolled_and_needs_enrollment()
    {
        var ok = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.RepeatYear, OldSchool)]);
        Assert.Equal(EnrollmentStatus.Enrolled, ok.StatusOn(D(2025, 9, 1)));
        var bad = new EnrollmentHistory([E(D(2025, 8, 1), EnrollmentEventKind.RepeatYear, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.NotEnrolled, Assert.Single(bad.Problems).Error);
    }

    [Fact]
    public void Event_recorded_by_a_school_that_is_not_the_school_of_record_is_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.Suspend, NewSchool)]);
        Assert.Equal(EnrollmentSequenceError.WrongSchool, Assert.Single(h.Problems).Error);
    }

    [Fact]
    public void Events_after_graduation_are_rejected()
    {
        var h = new EnrollmentHistory([Admit(D(2022, 8, 1), OldSchool), E(D(2025, 6, 30), EnrollmentEventKind.Graduate, OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.TransferIn, NewSchool, OldSchool)]);
        Assert.Equal(EnrollmentSequenceError.AfterGraduation, Assert.Single(h.Problems).Error);
        Assert.Equal(EnrollmentStatus.Graduated, h.StatusOn(D(2025, 9, 1)));
    }

    [Fact]
    public void Readmission_after_withdrawal_is_allowed()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 12, 1), EnrollmentEventKind.Withdraw, OldSchool), Admit(D(2025, 8, 1), NewSchool)]);
        Assert.Equal(NewSchool, h.SchoolOfRecordOn(D(2025, 8, 1)));
        Assert.Null(h.SchoolOfRecordOn(D(2025, 1, 1)));
    }

    [Fact]
    public void Impossible_events_are_skipped_by_status_queries_and_all_are_listed()
    {
        var h = new EnrollmentHistory(
        [
            E(D(2024, 8, 1), EnrollmentEventKind.Resume, OldSchool),
            Admit(D(2024, 8, 2), OldSchool),
            E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyEnd, OldSchool),
        ]);
        Assert.Equal([0, 2], h.Problems.Select(p => p.EventIndex));
        Assert.Equal(EnrollmentStatus.Enrolled, h.StatusOn(D(2024, 10, 1)));
        Assert.False(h.IsValid);
    }

    [Fact]
    public void The_lenient_constructor_still_sorts_by_date_keeping_same_day_order()
    {
        var a = E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool, NewSchool);
        var b = E(D(2025, 3, 1), EnrollmentEventKind.TransferIn, NewSchool, OldSchool);
        var admit = Admit(D(2024, 8, 1), OldSchool);
        var h = new EnrollmentHistory([a, b, admit]);
        Assert.Equal([admit, a, b], h.Events);
        Assert.Equal(h, new EnrollmentHistory([admit, a, b]));
    }

    [Fact]
    public void Exception_message_carries_no_personal_data_and_names_the_reason()
    {
        var ex = Assert.Throws<EnrollmentSequenceException>(() => EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 1, 1), EnrollmentEventKind.Resume, OldSchool)]));
        Assert.Contains("Resume", ex.Message, StringComparison.Ordinal);
        Assert.Contains("prior suspension", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.EventIndex);
    }

    [Fact]
    public void State_at_end_of_term_reflects_events_on_the_last_day()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 1, 31), EnrollmentEventKind.Suspend, OldSchool)]);
        Assert.Equal(EnrollmentStatus.Suspended, h.StateAtEndOf(T("113-1")).Status);
        Assert.False(h.IsSuspendedThroughout(T("113-1")));
        Assert.Equal(EnrollmentState.None, h.StateAtEndOf(T("112-2")));
    }
}
