using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Enrollment;

public class EnrollmentValidatorTests
{
    private static readonly CourseOrigin FromOld = new(OldSchool, T("113-1"), Code(OldSchool));

    private static LearningPortfolio At(SchoolCode school, EnrollmentHistory history, IEnumerable<CourseRecord>? courses = null, IEnumerable<CourseLearningOutcome>? outcomes = null, IEnumerable<StudentPortfolio.Portfolio.Performance.MultiPerformanceItem>? performances = null, IEnumerable<CadreRecord>? cadres = null) =>
        new(Student(school), cadres, courses, outcomes, performances, enrollment: history);

    private static string[] Codes(ValidationReport report) => report.Issues.Select(i => i.Code).ToArray();

    [Fact]
    public void Impossible_sequence_is_reported_at_the_event_path()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.Resume, OldSchool)]);
        var issue = Assert.Single(EnrollmentValidator.Validate(At(OldSchool, h), pathPrefix: "$.students[2]").Issues);
        Assert.Equal("SP-E001", issue.Code);
        Assert.Equal("$.students[2].enrollment[1]", issue.Path);
        Assert.Equal(["1", "2025-02-01", "Resume", "ResumeWithoutSuspension"], issue.Arguments);
        Assert.DoesNotContain("123456", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_after_suspension_passes()
    {
        var h = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.Suspend, OldSchool), E(D(2025, 2, 1), EnrollmentEventKind.Resume, OldSchool)]);
        Assert.Empty(EnrollmentValidator.Validate(At(OldSchool, h)).Issues);
    }

    [Fact]
    public void Old_school_submitting_the_term_of_a_mid_term_transfer_is_reported_as_wrong_school()
    {
        var batch = At(OldSchool, TransferHistory(), outcomes: [Outcome("O9", "113-2", OldSchool)]);
        var report = EnrollmentValidator.ValidateSubmission(batch, OldSchool, T("113-2"));
        Assert.Equal(["SP-E002", "SP-E002"], Codes(report));
        var record = report.Issues.Single(i => i.RecordId is not null);
        Assert.Equal("$.outcomes[0]", record.Path);
        Assert.Equal(["courseOutcome", "O9", NewSchool.ToString(), OldSchool.ToString()], record.Arguments);
        Assert.Contains(report.Issues, i => i.Path == "$.school");
    }

    [Fact]
    public void Receiving_school_submitting_transfer_sheets_and_its_own_term_passes()
    {
        var batch = At(NewSchool, TransferHistory(), outcomes: [Outcome("041305:O1", "113-1", OldSchool, kind: CourseRecordKind.Transfer, origin: FromOld), Outcome("N1", "113-2", NewSchool)]);
        Assert.Empty(EnrollmentValidator.ValidateSubmission(batch, NewSchool, T("113-2")).Issues);
    }

    [Fact]
    public void Receiving_school_resubmitting_old_school_performances_is_reported()
    {
        var batch = At(NewSchool, TransferHistory(), performances: [Performance("041305:P1", "113-1")], cadres: [Cadre("041305:C1", "113-1")]);
        var report = EnrollmentValidator.ValidateSubmission(batch, NewSchool, T("113-2"));
        Assert.Equal(["$.cadres[0]", "$.performances[0]"], report.Issues.Select(i => i.Path));
        Assert.All(report.Issues, i => Assert.Equal("SP-E002", i.Code));
    }

    [Fact]
    public void Borrowed_study_record_submitted_by_the_host_is_wrong_and_by_the_home_school_passes()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool)]);
        var batch = At(OldSchool, h, courses: [Course("B1", "113-1", HostSchool, CourseRecordKind.BorrowedStudy, new CourseOrigin(HostSchool))]);
        Assert.Empty(EnrollmentValidator.ValidateSubmission(batch, OldSchool, T("113-1")).Issues);
        var byHost = EnrollmentValidator.ValidateSubmission(batch, HostSchool, T("113-1"));
        Assert.Contains(byHost.Issues, i => i.Code == "SP-E002" && i.Path == "$.courses[0]");
    }

    [Fact]
    public void Submission_for_a_fully_suspended_term_is_reported()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 1, 31), EnrollmentEventKind.Suspend, OldSchool)]);
        var issue = Assert.Single(EnrollmentValidator.ValidateSubmission(At(OldSchool, h), OldSchool, T("113-2")).Issues);
        Assert.Equal("SP-E003", issue.Code);
        Assert.Equal(["113-2", "suspended", OldSchool.ToString()], issue.Arguments);
    }

    [Fact]
    public void Submission_for_a_term_suspended_from_its_second_day_passes()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 2, 2), EnrollmentEventKind.Suspend, OldSchool)]);
        Assert.Empty(EnrollmentValidator.ValidateSubmission(At(OldSchool, h), OldSchool, T("113-2")).Issues);
    }

    [Fact]
    public void Record_dated_in_a_fully_suspended_term_is_a_warning()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 1, 31), EnrollmentEventKind.Suspend, OldSchool)]);
        var issue = Assert.Single(EnrollmentValidator.Validate(At(OldSchool, h, performances: [Performance("P1", "113-2"), Performance("P2", "113-1")])).Issues);
        Assert.Equal("SP-E004", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("$.performances[0].term", issue.Path);
    }

    [Fact]
    public void Transfer_record_from_a_later_term_than_the_submission_is_reported_and_the_same_term_passes()
    {
        var later = new CourseOrigin(OldSchool, T("114-1"), Code(OldSchool));
        var batch = At(NewSchool, TransferHistory(), courses: [Course("041305:K1", "113-2", OldSchool, CourseRecordKind.Transfer, later)]);
        var issue = Assert.Single(EnrollmentValidator.ValidateSubmission(batch, NewSchool, T("113-2")).Issues);
        Assert.Equal("SP-E005", issue.Code);
        Assert.Equal("$.courses[0].origin.term", issue.Path);
        var same = At(NewSchool, TransferHistory(), courses: [Course("041305:K1", "113-2", OldSchool, CourseRecordKind.Transfer, new CourseOrigin(OldSchool, T("113-2"), Code(OldSchool)))]);
        Assert.Empty(EnrollmentValidator.ValidateSubmission(same, NewSchool, T("113-2")).Issues);
    }

    [Fact]
    public void Uncertified_transfer_outcome_is_reported_unless_the_policy_allows_it()
    {
        var p = At(NewSchool, TransferHistory(), outcomes: [Outcome("041305:O1", "113-1", OldSchool, certified: false, kind: CourseRecordKind.Transfer, origin: FromOld)]);
        var issue = Assert.Single(EnrollmentValidator.Validate(p).Issues);
        Assert.Equal("SP-E006", issue.Code);
        Assert.Equal("$.outcomes[0].certification", issue.Path);
        Assert.Empty(EnrollmentValidator.Validate(p, new EnrollmentPolicy(RequireCertifiedTransferOutcomes: false)).Issues);
    }

    [Fact]
    public void Transfer_outcome_edited_after_certification_is_reported()
    {
        var merged = ExchangeMerger.Merge(
            At(NewSchool, TransferHistory()),
            ExchangePackage.Export(At(OldSchool, EnrollmentHistory.Empty, outcomes: [Outcome("O1", "113-1", OldSchool)]), NodaTime.Instant.FromUtc(2025, 3, 1, 0, 0))).Portfolio;
        Assert.Empty(EnrollmentValidator.Validate(merged).Issues);
        var edited = merged.WithOutcomes(merged.Outcomes.Select(o => o.WithContent(o.Title, "新的簡述", o.Files)));
        Assert.Equal("SP-E006", Assert.Single(EnrollmentValidator.Validate(edited).Issues).Code);
    }

    [Fact]
    public void Certified_transfer_outcome_passes()
    {
        var p = At(NewSchool, TransferHistory(), outcomes: [Outcome("041305:O1", "113-1", OldSchool, kind: CourseRecordKind.Transfer, origin: FromOld)]);
        Assert.Empty(EnrollmentValidator.Validate(p).Issues);
    }

    [Fact]
    public void Borrowed_study_record_naming_another_host_is_a_warning_and_the_right_host_passes()
    {
        var h = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.BorrowedStudyStart, OldSchool, HostSchool)]);
        var wrong = At(OldSchool, h, courses: [Course("B1", "113-1", NewSchool, CourseRecordKind.BorrowedStudy, new CourseOrigin(NewSchool))]);
        var issue = Assert.Single(EnrollmentValidator.Validate(wrong).Issues);
        Assert.Equal("SP-E007", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        var right = At(OldSchool, h, courses: [Course("B1", "113-1", HostSchool, CourseRecordKind.BorrowedStudy, new CourseOrigin(HostSchool))]);
        Assert.Empty(EnrollmentValidator.Validate(right).Issues);
    }

    [Fact]
    public void Transfer_record_from_a_school_absent_from_the_history_is_a_warning()
    {
        var p = At(NewSchool, TransferHistory(), courses: [Course("X:1", "113-1", HostSchool, CourseRecordKind.Transfer, new CourseOrigin(HostSchool, T("113-1"), Code(HostSchool)))]);
        var issue = Assert.Single(EnrollmentValidator.Validate(p).Issues);
        Assert.Equal("SP-E009", issue.Code);
        Assert.Equal("$.courses[0].origin.school", issue.Path);
    }

    [Fact]
    public void Portfolio_without_history_gets_no_responsibility_issues()
    {
        var p = new LearningPortfolio(Student(OldSchool), outcomes: [Outcome("O1", "113-1", OldSchool)]);
        Assert.Empty(EnrollmentValidator.ValidateSubmission(p, NewSchool, T("113-1")).Issues);
    }
}
