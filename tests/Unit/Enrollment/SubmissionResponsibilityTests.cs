using StudentPortfolio.Enrollment;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Enrollment;

public class SubmissionResponsibilityTests
{
    [Fact]
    public void Mid_term_transfer_makes_the_receiving_school_submit_the_whole_term()
    {
        var h = TransferHistory();
        var r = SubmissionResponsibility.ForTerm(h, T("113-2"), SubmissionContentKind.CourseOutcomes);
        Assert.Equal(NewSchool, r.School);
        Assert.Equal(ResponsibilityReason.SchoolOfRecord, r.Reason);
        Assert.Equal(OldSchool, SubmissionResponsibility.ForTerm(h, T("113-1"), SubmissionContentKind.BasicData).School);
    }

    [Fact]
    public void Term_before_admission_needs_no_submission()
    {
        var r = SubmissionResponsibility.ForTerm(TransferHistory(), T("112-2"), SubmissionContentKind.BasicData);
        Assert.False(r.IsDue);
        Assert.Equal(ResponsibilityReason.NotRegistered, r.Reason);
    }

    [Fact]
    public void Fully_suspended_term_needs_no_submission_but_a_partly_suspended_one_does()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 12, 1), EnrollmentEventKind.Suspend, OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.Resume, OldSchool)]);
        Assert.Equal(OldSchool, SubmissionResponsibility.ForTerm(h, T("113-1"), SubmissionContentKind.CourseRecords).School);
        var suspended = SubmissionResponsibility.ForTerm(h, T("113-2"), SubmissionContentKind.CourseRecords);
        Assert.Null(suspended.School);
        Assert.Equal(ResponsibilityReason.Suspended, suspended.Reason);
        Assert.Equal(OldSchool, SubmissionResponsibility.ForTerm(h, T("114-1"), SubmissionContentKind.CourseRecords).School);
    }

    [Fact]
    public void Term_ending_in_suspension_is_exempt_only_when_the_policy_says_so()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 12, 1), EnrollmentEventKind.Suspend, OldSchool)]);
        Assert.Equal(OldSchool, SubmissionResponsibility.ForTerm(h, T("113-1"), SubmissionContentKind.CourseRecords).School);
        var strict = new EnrollmentPolicy(ExemptTermsEndingInSuspension: true);
        Assert.Equal(ResponsibilityReason.Suspended, SubmissionResponsibility.ForTerm(h, T("113-1"), SubmissionContentKind.CourseRecords, strict).Reason);
    }

    [Fact]
    public void Borrowed_study_records_are_submitted_by_the_home_school()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool)]);
        var record = Course("B1", "113-1", HostSchool, CourseRecordKind.BorrowedStudy, new CourseOrigin(HostSchool));
        var r = SubmissionResponsibility.For(h, record);
        Assert.Equal(OldSchool, r.School);
        Assert.Equal(ResponsibilityReason.HomeSchoolOfBorrowedStudy, r.Reason);
    }

    [Fact]
    public void Transfer_sheet_records_are_submitted_by_the_receiving_school()
    {
        var record = Outcome("O1", "113-1", OldSchool, kind: CourseRecordKind.Transfer, origin: new CourseOrigin(OldSchool, T("113-1"), Code(OldSchool)));
        var r = SubmissionResponsibility.For(TransferHistory(), record);
        Assert.Equal(NewSchool, r.School);
        Assert.Equal(ResponsibilityReason.ReceivingSchoolOfTransfer, r.Reason);
    }

    [Fact]
    public void Transfer_records_of_a_programme_change_are_submitted_by_the_same_school()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.ProgrammeChange, OldSchool, programme: "405")]);
        var record = Course("K1", "113-2", OldSchool, CourseRecordKind.Transfer, new CourseOrigin(OldSchool, T("113-1"), Code(OldSchool)));
        Assert.Equal(OldSchool, SubmissionResponsibility.For(h, record).School);
    }

    [Fact]
    public void Transfer_record_from_a_school_missing_in_the_history_has_an_unknown_receiver()
    {
        var record = Course("K1", "113-1", HostSchool, CourseRecordKind.Transfer, new CourseOrigin(HostSchool, T("113-1"), Code(HostSchool)));
        var r = SubmissionResponsibility.For(TransferHistory(), record);
        Assert.Null(r.School);
        Assert.Equal(ResponsibilityReason.Unknown, r.Reason);
    }

    [Fact]
    public void Old_school_performances_and_cadres_stay_with_the_old_school()
    {
        var h = TransferHistory();
        Assert.Equal(OldSchool, SubmissionResponsibility.For(h, Performance("P1", "113-1")).School);
        Assert.Equal(OldSchool, SubmissionResponsibility.For(h, Cadre("C1", "113-1")).School);
        Assert.Equal(NewSchool, SubmissionResponsibility.For(h, Cadre("C2", "113-2")).School);
    }

    [Fact]
    public void Plan_lists_every_term_and_kind_once()
    {
        var plan = SubmissionResponsibility.Plan(TransferHistory(), T("113-1"), T("114-1"));
        Assert.Equal(3 * Enum.GetValues<SubmissionContentKind>().Length, plan.Count);
        Assert.Equal(plan.Count, plan.Select(p => (p.Term, p.Kind)).Distinct().Count());
        Assert.All(plan.Where(p => p.Term == T("114-1")), p => Assert.Equal(NewSchool, p.School));
    }

    [Fact]
    public void Plan_reaches_the_last_term_999_2_without_stepping_past_it()
    {
        var plan = SubmissionResponsibility.Plan(TransferHistory(), T("999-1"), T("999-2"));

        Assert.Equal(2 * Enum.GetValues<SubmissionContentKind>().Length, plan.Count);
        Assert.Equal(T("999-2"), plan[^1].Term);
    }

    [Fact]
    public void Plan_with_last_before_first_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SubmissionResponsibility.Plan(TransferHistory(), T("114-1"), T("113-1")));
    }
}
