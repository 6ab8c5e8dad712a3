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
    private const int Slots = 32;
    private readonly uint[] _rolesByAction;

    private PermissionMatrix(uint[] rolesByAction) => _rolesByAction = rolesByAction;

    /// <summary>Gets the matrix that allows nothing.</summary>
    public static PermissionMatrix Empty { get; } = new(new uint[Slots]);

    /// <summary>
    /// Gets the matrix from the seed regulations (seed 000 §4, seed 001 §5–§7): students upload, edit, select and
    /// answer the receipt; course teachers certify and reject; submitters submit, correct and resubmit; the
    /// registrar records register data and grades, imports the receipt and dismisses disputes; student affairs
    /// record cadres; counselling teachers record counselling; the guidance office records guidance; organising
    /// units record in-school performance; homeroom teachers view their class. Staff availability and deletion
    /// after retention go to the registrar (an inference: the seeds give the platform to 教務處).
    /// </summary>
    public static PermissionMatrix Default { get; } = FromGrants(
    [
        new(Role.Student, WorkflowAction.UploadOutcome),
        new(Role.Student, WorkflowAction.EditOutcome),
        new(Role.Student, WorkflowAction.SelectOutcome),
        new(Role.Student, WorkflowAction.DeselectOutcome),
        new(Role.Student, WorkflowAction.UploadPerformance),
        new(Role.Student, WorkflowAction.SelectPerformance),
        new(Role.Student, WorkflowAction.AnswerReceipt),
        new(Role.Student, WorkflowAction.DisputeReceipt),
        new(Role.CourseTeacher, WorkflowAction.CertifyOutcome),
        new(Role.CourseTeacher, WorkflowAction.RejectOutcome),
        new(Role.Submitter, WorkflowAction.Submit),
        new(Role.Submitter, WorkflowAction.CorrectRecord),
        new(Role.Submitter, WorkflowAction.Resubmit),
        new(Role.Submitter, WorkflowAction.DismissDispute),
        new(Role.Registrar, WorkflowAction.ImportReceipt),
        new(Role.Registrar, WorkflowAction.DismissDispute),
        new(Role.Registrar, WorkflowAction.RecordBasicData),
        new(Role.Registrar, WorkflowAction.RecordGrades),
        new(Role.Registrar, WorkflowAction.ManageStaffAvailability),
        new(Role.Registrar, WorkflowAction.DeleteRetainedData),
        new(Role.StudentAffairs, WorkflowAction.RecordCadres),
        new(Role.CounsellingTeacher, WorkflowAction.RecordCounselling),
        new(Role.GuidanceOffice, WorkflowAction.RecordGuidance),
        new(Role.OrganisingUnit, WorkflowAction.RecordInSchoolPerformance),
        new(Role.HomeroomTeacher, WorkflowAction.ViewClassPortfolios),
    ]);

    /// <summary>Gets every grant, ordered by action then role.</summary>
    public IReadOnlyList<PermissionGrant> Grants
    {
        get
        {
            var list = new List<PermissionGrant>();
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                foreach (var role in Enum.GetValues<Role>())
                {
                    if (IsAllowed(role, action))
                    {
                        list.Add(new PermissionGrant(role, action));
                    }
                }
            }

            return list;
        }
    }

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
    public bool Allows(Actor actor, WorkflowAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var role in actor.Roles)
        {
            if (IsAllowed(role, action))
            {
                return true;
            }
        }

        return false;
    }

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
            : new ValidationIssue(WorkflowRules.RoleNotPermitted, actor.Student, null, "$", [actor.Id, actor.Roles.Count == 0 ? "-" : string.Join(',', actor.Roles), action.ToString()]);

    /// <summary>Returns a matrix that also allows <paramref name="role"/> to perform <paramref name="action"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns>The new matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> or <paramref name="action"/> is undefined.</exception>
    public PermissionMatrix Grant(Role role, WorkflowAction action)
    {
        Check(role, action);
        var cells = (uint[])_rolesByAction.Clone();
        cells[(int)action] |= 1u << (int)role;
        return new PermissionMatrix(cells);
    }

    /// <summary>Returns a matrix that no longer allows <paramref name="role"/> to perform <paramref name="action"/>.</summary>
    /// <param name="role">The role.</param>
    /// <param name="action">The action.</param>
    /// <returns>The new matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> or <paramref name="action"/> is undefined.</exception>
    public PermissionMatrix Revoke(Role role, WorkflowAction action)
    {
        Check(role, action);
        var cells = (uint[])_rolesByAction.Clone();
        cells[(int)action] &= ~(1u << (int)role);
        return new PermissionMatrix(cells);
    }

    private static void Check(Role role, WorkflowAction action)
    {
        Guard.Defined(role);
        Guard.Defined(action);
    }
}
