using StudentPortfolio.Policies;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>
/// Certification scoped to the class and term a teacher teaches the course to (松山商家 五(三)1, 白河商工 四(一)四),
/// the supervising teacher of 白河商工 四(二)二 備註 「經任課或指導教師認證」, and the school's own condition.
/// </summary>
public class ClassScopedCertificationTests
{
    private static readonly Actor TeacherOfClassB = Actor.ForCourseTeacher("T005", Course);

    private static readonly TeachingAssignments Assignments = new(
    [
        new TeachingAssignment("T001", Course, "商二甲", T1141),
        new TeachingAssignment("T005", Course, "商二乙", T1141),
    ]);

    private static OutcomeWorkflow Scoped(StaffAvailability? availability = null) =>
        Engine(availability).WithTeachingAssignments(Assignments);

    private static OutcomeWorkItem UploadedIn(string? courseClass, string? supervisor = null) =>
        new(Alice, NewOutcome(), OutcomeState.Uploaded, courseClass: courseClass, supervisor: supervisor);

    [Fact]
    public void Teacher_of_the_same_course_code_for_another_class_may_not_certify_songshan_5_3_1()
    {
        var result = Scoped().Certify(TeacherOfClassB, UploadedIn("商二甲"));

        Assert.Equal("SP-F015", result.Failure!.Code);
        Assert.Equal(["T005", Course.ToString(), "商二甲", "114-1"], result.Failure.Arguments);
    }

    [Fact]
    public void Teacher_assigned_to_the_class_and_term_certifies_songshan_5_3_1()
    {
        var result = Scoped().Certify(Teacher, UploadedIn("商二甲"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("T001", result.Value.Outcome.Certification.Certifier);
        Assert.Equal("商二甲", result.Value.CourseClass);
    }

    [Fact]
    public void Assignment_for_another_term_does_not_cover_the_outcome()
    {
        var nextTerm = new TeachingAssignments([new TeachingAssignment("T001", Course, "商二甲", T1141.Next)]);

        var result = Engine().WithTeachingAssignments(nextTerm).Certify(Teacher, UploadedIn("商二甲"));

        Assert.Equal("SP-F015", result.Failure!.Code);
    }

    [Fact]
    public void Outcome_without_a_class_matches_no_assignment()
    {
        Assert.Equal("SP-F015", Scoped().Reject(Teacher, UploadedIn(null), "不符").Failure!.Code);
    }

    [Fact]
    public void Without_assignments_the_course_code_alone_decides_as_before()
    {
        Assert.True(Engine().Certify(TeacherOfClassB, UploadedIn("商二甲")).IsValid);
        Assert.Null(Engine().Assignments);
    }

    [Fact]
    public void Proxy_acts_only_for_a_teacher_assigned_to_the_outcomes_class()
    {
        var away = StaffAvailability.AllAvailable.MarkUnavailable("T001");

        Assert.True(Scoped(away).Certify(Proxy1, UploadedIn("商二甲")).IsValid);
        Assert.Equal("SP-F015", Scoped(away).Certify(Proxy1, UploadedIn("商二乙")).Failure!.Code);
    }

    [Fact]
    public void Supervising_teacher_certifies_when_the_policy_allows_baihe_4_2_2_note()
    {
        var supervisor = Actor.ForCourseTeacher("T077");
        var workflow = Scoped().WithSupervisingTeachers(PolicyPresets.Baihe.SupervisingTeachersMayCertify);

        var result = workflow.Certify(supervisor, UploadedIn("商二甲", supervisor: "T077"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("T077", result.Value.Outcome.Certification.Certifier);
    }

    [Fact]
    public void Supervising_teacher_may_not_certify_where_the_policy_does_not_allow_it()
    {
        var supervisor = Actor.ForCourseTeacher("T077");
        var workflow = Scoped().WithSupervisingTeachers(PolicyPresets.Songshan.SupervisingTeachersMayCertify);

        Assert.Equal("SP-F015", workflow.Certify(supervisor, UploadedIn("商二甲", supervisor: "T077")).Failure!.Code);
    }

    [Fact]
    public void Only_the_supervisor_named_on_the_outcome_is_allowed_baihe_4_2_2_note()
    {
        var other = Actor.ForCourseTeacher("T078");
        var workflow = Scoped().WithSupervisingTeachers(true);

        Assert.Equal("SP-F015", workflow.Certify(other, UploadedIn("商二甲", supervisor: "T077")).Failure!.Code);
    }

    [Fact]
    public void Baihe_preset_turns_supervising_teachers_on_and_the_others_leave_them_off()
    {
        Assert.True(PolicyPresets.Baihe.SupervisingTeachersMayCertify);
        Assert.False(PolicyPresets.Songshan.SupervisingTeachersMayCertify);
        Assert.False(PolicyPresets.National.SupervisingTeachersMayCertify);
    }

    [Fact]
    public void Policy_file_sets_supervising_teachers()
    {
        var policy = PortfolioPolicy.Parse("""{ "id": "x", "name": "x", "version": "1", "effectiveFrom": "2024-08-01", "basedOn": "songshan", "certification": { "supervisingTeachers": true } }""");

        Assert.True(policy.SupervisingTeachersMayCertify);
        Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse("""{ "id": "x", "name": "x", "version": "1", "effectiveFrom": "2024-08-01", "basedOn": "songshan", "certification": { "supervisingTeachers": 1 } }"""));
    }

    [Fact]
    public void School_condition_refuses_with_its_reason_and_sees_the_basis()
    {
        var hook = new RecordingAuthorizer("本學期認證已由教學組統一辦理");
        var result = Scoped().WithCertificationAuthorizer(hook).Certify(Teacher, UploadedIn("商二甲"));

        Assert.Equal("SP-F016", result.Failure!.Code);
        Assert.Equal(["T001", "O1", "本學期認證已由教學組統一辦理"], result.Failure.Arguments);
        var request = Assert.Single(hook.Requests);
        Assert.Equal(CertifierBasis.CourseTeacher, request.Basis);
        Assert.Equal(WorkflowAction.CertifyOutcome, request.Action);
    }

    [Fact]
    public void School_condition_that_allows_lets_the_proxy_through_with_the_proxy_basis()
    {
        var hook = new RecordingAuthorizer(null);
        var away = StaffAvailability.AllAvailable.MarkUnavailable("T001");

        var result = Scoped(away).WithCertificationAuthorizer(hook).Reject(Proxy1, UploadedIn("商二甲"), "檔案無法開啟");

        Assert.True(result.IsValid, result.ToString());
        var request = Assert.Single(hook.Requests);
        Assert.Equal(CertifierBasis.Proxy, request.Basis);
        Assert.Equal("T001", request.OnBehalfOf);
    }

    [Fact]
    public void School_condition_is_not_asked_when_the_library_already_refused()
    {
        var hook = new RecordingAuthorizer(null);

        Assert.Equal("SP-F015", Scoped().WithCertificationAuthorizer(hook).Certify(TeacherOfClassB, UploadedIn("商二甲")).Failure!.Code);
        Assert.Empty(hook.Requests);
    }

    [Fact]
    public void Upload_carries_the_class_and_supervisor_through_the_transitions()
    {
        var workflow = Scoped().WithSupervisingTeachers(true);
        var uploaded = workflow.Upload(AliceActor, Alice, NewOutcome(), "商二甲", "T077").GetValueOrThrow();
        var certified = workflow.Certify(Actor.ForCourseTeacher("T077"), uploaded).GetValueOrThrow();
        var selected = workflow.Select(AliceActor, certified).GetValueOrThrow();

        Assert.Equal(("商二甲", "T077"), (selected.CourseClass, selected.Supervisor));
    }

    [Fact]
    public void Teaching_assignment_rejects_missing_parts()
    {
        Assert.Throws<ArgumentException>(() => new TeachingAssignment(" ", Course, "商二甲", T1141));
        Assert.Throws<ArgumentException>(() => new TeachingAssignment("T001", Course, "", T1141));
        Assert.Throws<ArgumentException>(() => new TeachingAssignment("T001", default, "商二甲", T1141));
        Assert.Throws<ArgumentException>(() => new TeachingAssignment("T001", Course, "商二甲", default));
        Assert.Equal(2, Assignments.All.Count);
    }

    private sealed class RecordingAuthorizer(string? refusal) : ICertificationAuthorizer
    {
        public List<CertificationRequest> Requests { get; } = [];

        public string? Refuse(CertificationRequest request)
        {
            Requests.Add(request);
            return refusal;
        }
    }
}
