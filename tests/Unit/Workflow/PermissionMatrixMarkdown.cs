using System.Text;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

/// <summary>Renders <see cref="PermissionMatrix.Default"/> with its clauses as the matrix in docs/workflow.md.</summary>
internal static class PermissionMatrixMarkdown
{
    public const string Begin = "<!-- Permission matrix: generated from PermissionMatrix.Default and PermissionMatrix.DefaultClause by tests/Unit/Workflow/PermissionMatrixTests.cs. -->";

    public const string End = "<!-- End of generated permission matrix -->";

    private const string Baihe = "白河商工學生學習歷程檔案作業補充規定";
    private const string Songshan = "松山商家學生學習歷程檔案作業補充規定";

    public static string Render()
    {
        var roles = Enum.GetValues<Role>();
        var sb = new StringBuilder();
        sb.Append(Begin).Append('\n');
        sb.Append("<!-- Do not edit by hand: run `UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj`. -->\n\n");
        sb.Append("Each cell names the clause that grants the action to the role; an empty cell is denied. 白河 = ")
          .Append(Baihe).Append(", 松山 = ").Append(Songshan).Append(".\n\n");
        sb.Append("| Action |");
        foreach (var role in roles)
        {
            var name = WorkflowNames.Of(role);
            sb.Append(' ').Append(name.Identifier).Append(' ').Append(name.ZhTw).Append(" |");
        }

        sb.Append('\n').Append("|---|");
        foreach (var _ in roles)
        {
            sb.Append("---|");
        }

        sb.Append('\n');
        foreach (var action in Enum.GetValues<WorkflowAction>())
        {
            var name = WorkflowNames.Of(action);
            sb.Append("| `").Append(name.Identifier).Append("` ").Append(name.ZhTw).Append(" |");
            foreach (var role in roles)
            {
                var clause = PermissionMatrix.DefaultClause(role, action);
                sb.Append(' ').Append(clause is null ? string.Empty : Short(clause)).Append(" |");
            }

            sb.Append('\n');
        }

        sb.Append('\n').Append(End);
        return sb.ToString();
    }

    private static string Short(string clause) =>
        clause.Replace(Baihe, "白河", StringComparison.Ordinal).Replace(Songshan, "松山", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);
}
