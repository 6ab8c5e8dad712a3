using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Which roles may perform which actions, as data: deny by default, so a role may do only what a grant names.
/// <see cref="Default"/> follows the work allocation of the seed regulations; a school overrides it with
/// <see cref="Grant"/> and <see cref="Revoke"/> or builds its own with <see cref="FromGrants"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Grant"/> and <see cref="Revoke"/> return new matrices.</remarks>
public sealed class PermissionMatrix
{
    private const int Slots = 64;
    private readonly uint[] _rolesByAction;

    private PermissionMatrix(uint[] rolesByAction) => _rolesByAction = rolesByAction;

    /// <summary>Gets the matrix that allows nothing.</summary>
    public static PermissionMatrix Empty { get; } = new(new uint[Slots]);

    private const string Baihe = "白河商工學生學習歷程檔案作業補充規定";
    private const string Songshan = "松山商家學生學習歷程檔案作業補充規定";

    private static readonly (Role Role, WorkflowAction Action, string Clause)[] DefaultTable =
    [
        (Role.Student, WorkflowAction.UploadOutcome, $"{Songshan} 五(三)1; {Baihe} 四(二)二"),
        (Role.Student, WorkflowAction.EditOutcome, $"{Songshan} 五(三)1"),
        (Role.Student, WorkflowAction.SelectOutcome, $"{Songshan} 五(三)3"),
        (Role.Student, WorkflowAction.DeselectOutcome, $"{Songshan} 五(三)3"),
        (Role.Student, WorkflowAction.UploadPerformance, $"{Songshan} 五(四)1; {Baihe} 四(二)三"),
        (Role.Student, WorkflowAction.SelectPerformance, $"{Songshan} 五(四)2"),
        (Role.Student, WorkflowAction.AnswerReceipt, $"{Songshan} 七(三)3"),
        (Role.Student, WorkflowAction.DisputeReceipt, $"{Songshan} 六(二)"),
        (Role.CourseTeacher, WorkflowAction.CertifyOutcome, $"{Songshan} 五(三)1、2; {Baihe} 四(一)四"),
        (Role.CourseTeacher, WorkflowAction.RejectOutcome, $"{Songshan} 五(三)2; {Baihe} 四(一)四"),
        (Role.CourseTeacher, WorkflowAction.CheckRecords, $"{Baihe} 四(一)四"),
        (Role.CourseTeacher, WorkflowAction.CheckAutobiography, $"{Baihe} 四(一)九"),
        (Role.Submitter, WorkflowAction.Submit, $"{Songshan} 六(一)"),
        (Role.Submitter, WorkflowAction.CorrectRecord, $"{Songshan} 六(二); 七(一)1(1)"),
        (Role.Submitter, WorkflowAction.Resubmit, $"{Songshan} 六(一)、(二)"),
        (Role.Submitter, WorkflowAction.DismissDispute, $"{Songshan} 六(二)"),
        (Role.Submitter, WorkflowAction.ResolveDispute, $"{Songshan} 六(二)"),
        (Role.Registrar, WorkflowAction.ImportReceipt, $"{Songshan} 六(二)"),
        (Role.Registrar, WorkflowAction.DismissDispute, $"{Songshan} 六(二)"),
        (Role.Registrar, WorkflowAction.ResolveDispute, $"{Songshan} 六(一)1、六(二)"),
        (Role.Registrar, WorkflowAction.RecordBasicData, $"{Baihe} 四(一)二; {Songshan} 五(一)"),
        (Role.Registrar, WorkflowAction.RecordGrades, $"{Baihe} 四(一)三; {Songshan} 五(二)1"),
        (Role.Registrar, WorkflowAction.RecordElectives, $"{Baihe} 四(一)三"),
        (Role.Registrar, WorkflowAction.RecheckBasicData, $"{Baihe} 四(一)二"),
        (Role.Registrar, WorkflowAction.RecordPaperConfirmation, $"{Songshan} 七(三)3"),
        (Role.Registrar, WorkflowAction.ManageStaffAvailability, $"{Baihe} 四; {Songshan} 五 (教務處負責建置及管理; inference)"),
        (Role.Registrar, WorkflowAction.DeleteRetainedData, $"{Songshan} 八 (教務處負責建置及管理; inference)"),
        (Role.TeachingSection, WorkflowAction.RecordElectives, $"{Baihe} 四(一)三"),
        (Role.StudentAffairs, WorkflowAction.RecordCadres, $"{Baihe} 四(一)六; {Songshan} 五(一)"),
        (Role.StudentAffairs, WorkflowAction.RecordClubs, $"{Baihe} 四(一)六"),
        (Role.StudentAffairs, WorkflowAction.RecordAttendance, $"{Baihe} 四(一)五"),
        (Role.StudentAffairs, WorkflowAction.ResolveDispute, $"{Songshan} 六(一)3、六(二)"),
        (Role.CounsellingTeacher, WorkflowAction.RecordCounselling, $"{Baihe} 四(一)三; {Songshan} 五(二)2"),
        (Role.GuidanceOffice, WorkflowAction.RecordGuidance, $"{Baihe} 四(一)三"),
        (Role.GuidanceOffice, WorkflowAction.CheckAutobiography, $"{Baihe} 四(一)九"),
        (Role.OrganisingUnit, WorkflowAction.RecordInSchoolPerformance, $"{Baihe} 四(一)七、八"),
        (Role.HomeroomTeacher, WorkflowAction.ViewClassPortfolios, $"{Baihe} 四(一)四、八 (導師督導; inference)"),
        (Role.HomeroomTeacher, WorkflowAction.CheckRecords, $"{Baihe} 四(一)四; 四(二)一 備註"),
        (Role.HomeroomTeacher, WorkflowAction.CheckAutobiography, $"{Baihe} 四(一)九"),
    ];

    /// <summary>
    /// Gets the matrix from the work allocation of the two school regulations (白河商工學生學習歷程檔案作業補充規定 四(一),
    /// 松山商家學生學習歷程檔案作業補充規定 五–八): students upload, edit, select and answer the receipt; course teachers
    /// certify, reject and check records; submitters submit, correct, resubmit and resolve disputes of their unit; the
    /// registrar records register data, grades and electives, re-checks basic data each semester, imports the
    /// receipt, records paper confirmations and resolves disputes; the teaching section records electives; student
    /// affairs record attendance, cadres and clubs; counselling teachers record counselling; the guidance office
    /// records the course-selection evaluation and checks the autobiography; organising units record in-school
    /// performance; homeroom teachers view their class and check records and the autobiography.
    /// <see cref="DefaultClause"/> names the clause behind each grant.
    /// </summary>
    public static PermissionMatrix Default { get; } = FromGrants(DefaultTable.Select(g => new PermissionGrant(g.Role, g.Action)));

    /// <summary>Returns the regulation clause that grants <paramref name="action"/> to <paramref name="role"/> in <see cref="Default"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns>The clause, or <see langword="null"/> when <see cref="Default"/> does not grant it.</returns>
    public static string? DefaultClause(Role role, WorkflowAction action) =>
        Array.Find(DefaultTable, g => g.Role == role && g.Action == action).Clause;

    /// <summary>Gets every grant, ordered by action then role.</summary>
    public IReadOnlyList<PermissionGrant> Grants =>
    [
        .. from action in Enum.GetValues<WorkflowAction>()
           from role in Enum.GetValues<Role>()
           where IsAllowed(role, action)
           select new PermissionGrant(role, action),
    ];

    /// <summary>Builds a matrix that allows exactly the given grants.</summary>
    /// <param name="grants">The grants.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grants"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A grant names an undefined role or action.</exception>
    public static PermissionMatrix FromGrants(IEnumerable<PermissionGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var cells = new uint[Slots];
        foreach (var grant in grants)
        {
            Check(grant.Role, grant.Action);
            cells[(int)grant.Action] |= 1u << (int)grant.Role;
        }

        return new PermissionMatrix(cells);
    }

    /// <summary>Returns whether <paramref name="role"/> may perform <paramref name="action"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns><see langword="true"/> only when granted.</returns>
    public bool IsAllowed(Role role, WorkflowAction action) =>
        Enum.IsDefined(role) && Enum.IsDefined(action) && (_rolesByAction[(int)action] & (1u << (int)role)) != 0;

    /// <summary>Returns whether any of the actor's roles may perform <paramref name="action"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="action">The action.</param>
    /// <returns><see langword="true"/> when one of the actor's roles is granted the action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public bool Allows(Actor actor, WorkflowAction action) =>
        Guard.NotNull(actor).Roles.Any(role => IsAllowed(role, action));

    /// <summary>
    /// Checks an action the workflow engine does not run itself (recording grades, cadres, counselling, viewing a
    /// class…): <see langword="null"/> when allowed, else the <c>SP-F001</c> issue to return to the caller.
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <param name="action">The action.</param>
    /// <returns>The denial, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public ValidationIssue? Check(Actor actor, WorkflowAction action) =>
        Allows(actor, action)
            ? null
            : new ValidationIssue(WorkflowRules.RoleNotPermitted, actor.Student, null, "$", [actor.Id, actor.RolesText, action.ToString()]);

    /// <summary>Returns a matrix that also allows <paramref name="role"/> to perform <paramref name="action"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns>The new matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> or <paramref name="action"/> is undefined.</exception>
    public PermissionMatrix Grant(Role role, WorkflowAction action) => With(role, action, true);

    /// <summary>Returns a matrix that no longer allows <paramref name="role"/> to perform <paramref name="action"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns>The new matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> or <paramref name="action"/> is undefined.</exception>
    public PermissionMatrix Revoke(Role role, WorkflowAction action) => With(role, action, false);

    private PermissionMatrix With(Role role, WorkflowAction action, bool allowed)
    {
        Check(role, action);
        var cells = (uint[])_rolesByAction.Clone();
        var bit = 1u << (int)role;
        cells[(int)action] = allowed ? cells[(int)action] | bit : cells[(int)action] & ~bit;
        return new PermissionMatrix(cells);
    }

    private static void Check(Role role, WorkflowAction action)
    {
        Guard.Defined(role);
        Guard.Defined(action);
    }
}
