using System.Text.RegularExpressions;

namespace StudentPortfolio.UnitTests.Conventions;

/// <summary>
/// Keeps the library's namespaces layered: every reference from code in one namespace to another (a <c>using</c>
/// directive or a qualified name) points down the list in <see cref="Layers"/>, so the namespace graph has no cycle.
/// The list is the one in <c>docs/architecture.md</c>; a new namespace must be placed in both.
/// </summary>
public partial class NamespaceLayeringTests
{
    private static readonly System.Reflection.Assembly Library = typeof(StudentPortfolio.Identity.NationalId).Assembly;

    /// <summary>The layers, bottom first.</summary>
    internal static readonly string[] Layers =
    [
        "Internal", "Identity", "Rules", "Calendar", "Portfolio", "Policies", "Enrollment", "Validation", "Export", "Json", "Bulk",
        "Workflow", "DependencyInjection",
    ];

    [Fact]
    public void Every_namespace_is_placed_in_a_layer()
    {
        var unplaced = ReadGraph().Keys.Where(ns => Array.IndexOf(Layers, ns) < 0).ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void References_between_namespaces_point_only_down_the_layers()
    {
        var upward = new List<string>();
        foreach (var (from, edges) in ReadGraph())
        {
            foreach (var (to, file) in edges)
            {
                if (Array.IndexOf(Layers, to) > Array.IndexOf(Layers, from))
                {
                    upward.Add($"{from} -> {to} ({file})");
                }
            }
        }

        Assert.Empty(upward);
    }

    [Fact]
    public void The_namespace_graph_has_no_cycle()
    {
        var graph = ReadGraph().ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => e.To).Distinct().ToList());
        Assert.Null(FindCycle(graph));
    }

    [Fact]
    public void The_cycle_finder_finds_a_planted_cycle()
    {
        var graph = new Dictionary<string, List<string>>
        {
            ["Calendar"] = ["Policies"],
            ["Policies"] = ["Validation"],
            ["Validation"] = ["Calendar", "Identity"],
            ["Identity"] = [],
        };
        Assert.Equal("Calendar -> Policies -> Validation -> Calendar", FindCycle(graph));
    }

    [Fact]
    public void The_architecture_document_lists_the_same_layers()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "architecture.md"));
        var line = doc.Split('\n').Single(l => l.StartsWith("Layers, bottom first:", StringComparison.Ordinal));
        var listed = LayerName().Matches(line).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(Layers, listed);
    }

    /// <summary>Returns a cycle as "A -> B -> A", or <see langword="null"/> when the graph has none.</summary>
    private static string? FindCycle(Dictionary<string, List<string>> graph)
    {
        var state = new Dictionary<string, int>(); // 1 on the stack, 2 done
        var stack = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        string? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return string.Join(" -> ", stack.Skip(stack.IndexOf(node)).Append(node));
            }

            state[node] = 1;
            stack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    /// <summary>Reads every library source file: its namespace (second segment) and the namespaces its code refers to.</summary>
    private static Dictionary<string, List<(string To, string File)>> ReadGraph()
    {
        var root = Path.Combine(RepositoryRoot.Find(), "src", "StudentPortfolio.Domain");
        var graph = new Dictionary<string, List<(string To, string File)>>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var ns = FileNamespace().Match(text);
            if (!ns.Success)
            {
                continue; // the root namespace (Guard) is below every layer
            }

            var from = ns.Groups[1].Value;
            var code = CodeOnly(text);
            var edges = graph.TryGetValue(from, out var list) ? list : graph[from] = [];
            foreach (Match m in Reference().Matches(code))
            {
                var to = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
                if (to != from)
                {
                    edges.Add((to, relative));
                }
            }

            foreach (Match m in RelativeReference().Matches(code))
            {
                var to = m.Groups[1].Value;
                if (to != from && Library.GetType($"StudentPortfolio.{to}.{m.Groups[2].Value}") is not null)
                {
                    edges.Add((to, relative));
                }
            }
        }

        return graph;
    }

    /// <summary>Drops comments and string contents so that only code counts.</summary>
    private static string CodeOnly(string text)
    {
        var noStrings = StringLiteral().Replace(text, "\"\"");
        return LineComment().Replace(noStrings, string.Empty);
    }

    [GeneratedRegex(@"^namespace StudentPortfolio\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"using StudentPortfolio\.(\w+)|(?<![\w.])StudentPortfolio\.(\w+)\.")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?<![\w.""])(Internal|Identity|Rules|Calendar|Portfolio|Policies|Enrollment|Validation|Export|Bulk|Workflow|DependencyInjection)\.([A-Z]\w*)")]
    private static partial Regex RelativeReference();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex LayerName();
}
