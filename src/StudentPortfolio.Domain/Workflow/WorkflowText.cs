namespace StudentPortfolio.Workflow;

/// <summary>The message arguments the workflow puts into its issues.</summary>
internal static class WorkflowText
{
    public static string Roles(Actor actor) => actor.Roles.Count == 0 ? "-" : string.Join(',', actor.Roles);

    public static string Name(Role role) => role.ToString();

    public static string Name(WorkflowAction action) => action.ToString();

    public static string Name(OutcomeState state) => state.ToString();
}
