using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

public class PermissionMatrixTests
{
    /// <summary>The work allocation of the seeds, written out independently of the library's table.</summary>
    private static readonly Dictionary<WorkflowAction, Role[]> Expected = new()
    {
        [WorkflowAction.UploadOutcome] = [Role.Student],
        [WorkflowAction.EditOutcome] = [Role.Student],
        [WorkflowAction.CertifyOutcome] = [Role.CourseTeacher],
        [WorkflowAction.CheckRecords] = [Role.HomeroomTeacher, Role.CourseTeacher],
        [WorkflowAction.CheckAutobiography] = [Role.GuidanceOffice, Role.HomeroomTeacher, Role.CourseTeacher],
        [WorkflowAction.RecordAttendance] = [Role.StudentAffairs],
        [WorkflowAction.RecordClubs] = [Role.StudentAffairs],
        [WorkflowAction.RecordElectives] = [Role.Registrar, Role.TeachingSection],
        [WorkflowAction.RecheckBasicData] = [Role.Registrar],
        [WorkflowAction.ResolveDispute] = [Role.Registrar, Role.StudentAffairs, Role.Submitter],
        [WorkflowAction.RecordPaperConfirmation] = [Role.Registrar],
        [WorkflowAction.RejectOutcome] = [Role.CourseTeacher],
        [WorkflowAction.SelectOutcome] = [Role.Student],
        [WorkflowAction.DeselectOutcome] = [Role.Student],
        [WorkflowAction.UploadPerformance] = [Role.Student],
        [WorkflowAction.SelectPerformance] = [Role.Student],
        [WorkflowAction.Submit] = [Role.Submitter],
        [WorkflowAction.ImportReceipt] = [Role.Registrar],
        [WorkflowAction.AnswerReceipt] = [Role.Student],
        [WorkflowAction.DisputeReceipt] = [Role.Student],
        [WorkflowAction.DismissDispute] = [Role.Registrar, Role.Submitter],
        [WorkflowAction.CorrectRecord] = [Role.Submitter],
        [WorkflowAction.Resubmit] = [Role.Submitter],
        [WorkflowAction.RecordBasicData] = [Role.Registrar],
        [WorkflowAction.RecordGrades] = [Role.Registrar],
        [WorkflowAction.RecordCadres] = [Role.StudentAffairs],
        [WorkflowAction.RecordCounselling] = [Role.CounsellingTeacher],
        [WorkflowAction.RecordGuidance] = [Role.GuidanceOffice],
        [WorkflowAction.RecordInSchoolPerformance] = [Role.OrganisingUnit],
        [WorkflowAction.ViewClassPortfolios] = [Role.HomeroomTeacher],
        [WorkflowAction.ManageStaffAvailability] = [Role.Registrar],
        [WorkflowAction.DeleteRetainedData] = [Role.Registrar],
    };

    public static TheoryData<Role, WorkflowAction> AllCells()
    {
        var data = new TheoryData<Role, WorkflowAction>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                data.Add(role, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Default_matrix_grants_exactly_the_seed_work_allocation(Role role, WorkflowAction action) =>
        Assert.Equal(Expected[action].Contains(role), PermissionMatrix.Default.IsAllowed(role, action));

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Empty_matrix_denies_everything(Role role, WorkflowAction action) =>
        Assert.False(PermissionMatrix.Empty.IsAllowed(role, action));

    [Fact]
    public void Undefined_role_or_action_is_denied_not_thrown()
    {
        Assert.False(PermissionMatrix.Default.IsAllowed((Role)99, WorkflowAction.UploadOutcome));
        Assert.False(PermissionMatrix.Default.IsAllowed(Role.Student, (WorkflowAction)99));
    }

    [Fact]
    public void Grant_adds_one_cell_and_leaves_the_original_unchanged()
    {
        var granted = PermissionMatrix.Default.Grant(Role.HomeroomTeacher, WorkflowAction.AnswerReceipt);
        Assert.True(granted.IsAllowed(Role.HomeroomTeacher, WorkflowAction.AnswerReceipt));
        Assert.False(PermissionMatrix.Default.IsAllowed(Role.HomeroomTeacher, WorkflowAction.AnswerReceipt));
        Assert.Equal(PermissionMatrix.Default.Grants.Count + 1, granted.Grants.Count);
    }

    [Fact]
    public void Revoke_removes_one_cell()
    {
        var revoked = PermissionMatrix.Default.Revoke(Role.Registrar, WorkflowAction.DismissDispute);
        Assert.False(revoked.IsAllowed(Role.Registrar, WorkflowAction.DismissDispute));
        Assert.True(revoked.IsAllowed(Role.Submitter, WorkflowAction.DismissDispute));
    }

    [Fact]
    public void Grants_round_trip_through_FromGrants()
    {
        var copy = PermissionMatrix.FromGrants(PermissionMatrix.Default.Grants);
        Assert.Equal(PermissionMatrix.Default.Grants, copy.Grants);
    }

    [Fact]
    public void Granting_an_undefined_role_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PermissionMatrix.Default.Grant((Role)0, WorkflowAction.Submit));

    [Fact]
    public void Actor_is_allowed_when_any_of_its_roles_is()
    {
        var both = new Actor("T010", [Role.HomeroomTeacher, Role.CourseTeacher]);
        Assert.True(PermissionMatrix.Default.Allows(both, WorkflowAction.CertifyOutcome));
        Assert.True(PermissionMatrix.Default.Allows(both, WorkflowAction.ViewClassPortfolios));
        Assert.False(PermissionMatrix.Default.Allows(both, WorkflowAction.Submit));
        Assert.False(PermissionMatrix.Default.Allows(new Actor("X", []), WorkflowAction.UploadOutcome));
    }

    [Fact]
    public void Check_returns_a_typed_denial_for_recording_actions_outside_the_engine()
    {
        var registrar = new Actor("R001", [Role.Registrar]);
        var homeroom = new Actor("H001", [Role.HomeroomTeacher]);
        Assert.Null(PermissionMatrix.Default.Check(registrar, WorkflowAction.RecordGrades));
        var denial = PermissionMatrix.Default.Check(homeroom, WorkflowAction.RecordCounselling);
        Assert.Equal("SP-F001", denial!.Code);
        Assert.Equal(["H001", "HomeroomTeacher", "RecordCounselling"], denial.Arguments);
    }

    [Theory]
    [MemberData(nameof(AllCells))]
    public void Every_default_grant_names_its_clause_and_no_other_cell_has_one(Role role, WorkflowAction action)
    {
        var clause = PermissionMatrix.DefaultClause(role, action);
        Assert.Equal(PermissionMatrix.Default.IsAllowed(role, action), clause is not null);
        if (clause is not null)
        {
            Assert.Matches("(白河商工|松山商家)學生學習歷程檔案作業補充規定 [一二三四五六七八九十]", clause);
        }
    }

    [Fact]
    public void Docs_workflow_md_permission_matrix_is_generated_from_the_default_matrix()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "workflow.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(PermissionMatrixMarkdown.Begin, StringComparison.Ordinal);
        var end = text.IndexOf(PermissionMatrixMarkdown.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "generated permission matrix markers not found in docs/workflow.md");
        var expected = PermissionMatrixMarkdown.Render();
        var actual = text[start..(end + PermissionMatrixMarkdown.End.Length)];
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1" && actual != expected)
        {
            File.WriteAllText(path, text[..start] + expected + text[(end + PermissionMatrixMarkdown.End.Length)..]);
            return;
        }

        Assert.True(
            actual == expected,
            "docs/workflow.md's permission matrix is out of date. Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj");
    }
}
