using StudentPortfolio.Identity;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Who may act: the permission matrix (deny by default, <c>SP-F001</c>), availability (<c>SP-F006</c>), and for an
/// administrative office with a proxy list, the holder or the proxy in turn (<c>SP-F017</c>, <c>SP-F018</c>). A proxy
/// on an office's list acts with the office's permissions while in turn.
/// </summary>
/// <remarks>The availability is asked of its source on every check, so a live source (a host's personnel service) takes effect at once.</remarks>
internal sealed class StaffAuthoriser(PermissionMatrix? permissions, ProxyDirectory? proxies, Func<StaffAvailability> availability)
{
    /// <summary>Creates the authoriser; <see langword="null"/> means the default matrix, no proxy lists and everyone available.</summary>
    public StaffAuthoriser(PermissionMatrix? permissions, ProxyDirectory? proxies, StaffAvailability? availability)
        : this(permissions, proxies, () => availability ?? StaffAvailability.AllAvailable)
    {
    }

    public PermissionMatrix Permissions { get; } = permissions ?? PermissionMatrix.Default;

    public ProxyDirectory Proxies { get; } = proxies ?? ProxyDirectory.Empty;

    /// <summary>Gets the availability now.</summary>
    public StaffAvailability Availability => availability() ?? StaffAvailability.AllAvailable;

    /// <summary>Gets the source of <see cref="Availability"/>.</summary>
    public Func<StaffAvailability> AvailabilitySource => availability;

    public ValidationIssue? Authorise(Actor actor, WorkflowAction action, StudentKey? student, RecordId? record, string path, out string? onBehalfOf)
    {
        onBehalfOf = null;
        if (!Permissions.Allows(actor, action))
        {
            foreach (var list in Proxies.OfficeLists)
            {
                var position = list.IndexOf(actor.Id);
                if (position >= 0 && Permissions.IsAllowed(list.Office, action))
                {
                    return Unavailable(actor, action, student, record, path) ?? Turn(actor, action, list, position, student, record, path, out onBehalfOf);
                }
            }

            return new ValidationIssue(WorkflowRules.RoleNotPermitted, student, record, path, [actor.Id, actor.RolesText, action.ToString()]);
        }

        var unavailable = Unavailable(actor, action, student, record, path);
        if (unavailable is not null)
        {
            return unavailable;
        }

        ValidationIssue? refusal = null;
        foreach (var role in actor.Roles)
        {
            if (!Permissions.IsAllowed(role, action))
            {
                continue;
            }

            var list = OfficeProxyList.IsOffice(role) ? Proxies.ForOffice(role) : null;
            var failure = list is null ? null : HolderOrProxyInTurn(actor, action, list, student, record, path, out onBehalfOf);
            if (failure is null)
            {
                return null;
            }

            refusal ??= failure;
        }

        onBehalfOf = null;
        return refusal;
    }

    /// <summary>Authorises an action a student takes for themself; an actor who is no student is refused (<c>SP-F001</c>).</summary>
    public ValidationIssue? AuthoriseStudent(Actor actor, WorkflowAction action, RecordId? record, string path, out StudentKey student)
    {
        student = actor.Student.GetValueOrDefault();
        return Authorise(actor, action, actor.Student, record, path, out _)
            ?? (actor.Student is null ? new ValidationIssue(WorkflowRules.RoleNotPermitted, null, record, path, [actor.Id, actor.RolesText, action.ToString()]) : null);
    }

    /// <summary>
    /// Authorises the actor for one office only: holding the office's role (and, with a list, being its holder or the
    /// proxy in turn) or standing in as the office's proxy. <paramref name="applies"/> is false when the actor is
    /// neither holder of the role nor on the office's list.
    /// </summary>
    public ValidationIssue? AuthoriseAs(Actor actor, WorkflowAction action, Role office, StudentKey? student, RecordId? record, string path, out bool applies, out string? onBehalfOf)
    {
        onBehalfOf = null;
        var list = Proxies.ForOffice(office);
        applies = Permissions.IsAllowed(office, action) && (actor.HasRole(office) || (list?.IndexOf(actor.Id) ?? -1) >= 0);
        return applies && list is not null ? HolderOrProxyInTurn(actor, action, list, student, record, path, out onBehalfOf) : null;
    }

    /// <summary>Whether a role of the actor other than <paramref name="role"/> is granted the action.</summary>
    public bool GrantedByRoleOtherThan(Actor actor, WorkflowAction action, Role role) =>
        actor.Roles.Any(r => r != role && Permissions.IsAllowed(r, action));

    private ValidationIssue? Unavailable(Actor actor, WorkflowAction action, StudentKey? student, RecordId? record, string path) =>
        Availability.IsAvailable(actor.Id) ? null : new ValidationIssue(WorkflowRules.ActorUnavailable, student, record, path, [actor.Id, action.ToString()]);

    /// <summary>For an office with a list: <see langword="null"/> for its holder, <c>SP-F018</c> for anyone not on it, else the turn rule.</summary>
    private ValidationIssue? HolderOrProxyInTurn(Actor actor, WorkflowAction action, OfficeProxyList list, StudentKey? student, RecordId? record, string path, out string? onBehalfOf)
    {
        onBehalfOf = null;
        if (string.Equals(list.Holder, actor.Id, StringComparison.Ordinal))
        {
            return null;
        }

        var position = list.IndexOf(actor.Id);
        return position < 0
            ? new ValidationIssue(WorkflowRules.NotOfficeHolder, student, record, path, [actor.Id, list.Office.ToString(), list.Holder, action.ToString()])
            : Turn(actor, action, list, position, student, record, path, out onBehalfOf);
    }

    private ValidationIssue? Turn(Actor actor, WorkflowAction action, OfficeProxyList list, int position, StudentKey? student, RecordId? record, string path, out string? onBehalfOf)
    {
        var before = ProxyOrder.AvailableBefore(list.Holder, list.Proxies, position, Availability);
        if (before is not null)
        {
            onBehalfOf = null;
            return new ValidationIssue(WorkflowRules.OfficeProxyNotInTurn, student, record, path, [actor.Id, list.Office.ToString(), list.Holder, action.ToString(), before]);
        }

        onBehalfOf = list.Holder;
        return null;
    }
}
