namespace StudentPortfolio.Workflow;

/// <summary>One cell of the <see cref="PermissionMatrix"/>: a role allowed to perform an action.</summary>
/// <param name="Role">The role.</param>
/// <param name="Action">The action.</param>
public readonly record struct PermissionGrant(Role Role, WorkflowAction Action);
