using StudentPortfolio.Rules;
using System.Collections;
using System.Reflection;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>
/// Every <see cref="ValidationIssue"/> the library creates while this assembly's own tests run: each parameterless
/// <c>[Fact]</c> and each <c>[Theory]</c> row (inline or member data) of every other test class is run once on one async
/// flow with <see cref="IssueObserver"/> collecting. The arguments are therefore the ones the code paths produce, not
/// hand-written strings. A test that fails here is ignored (it fails on its own run).
/// </summary>
internal static class IssueCorpus
{
    private static readonly Lazy<IReadOnlyList<ValidationIssue>> Issues = new(Harvest, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<ValidationIssue> All => Issues.Value;

    private static IReadOnlyList<ValidationIssue> Harvest()
    {
        var collected = new List<ValidationIssue>();
        IssueObserver.Collector = collected;
        try
        {
            foreach (var type in typeof(IssueCorpus).Assembly.GetTypes().Where(IsTestClass).OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    foreach (var arguments in Rows(type, method))
                    {
                        Run(type, method, arguments);
                    }
                }
            }
        }
        finally
        {
            IssueObserver.Collector = null;
        }

        lock (collected)
        {
            return [.. collected];
        }
    }

    private static bool IsTestClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true }
        && type.Namespace?.StartsWith("StudentPortfolio.UnitTests", StringComparison.Ordinal) == true
        && type != typeof(ZhTwMessageTests)
        && type != typeof(MessageCorpusGroup)
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private static IEnumerable<object?[]> Rows(Type type, MethodInfo method)
    {
        var fact = method.GetCustomAttribute<FactAttribute>();

        // Docs drift tests may rewrite files (UPDATE_DOCS=1) and create no issues: leave them to their own run.
        if (fact is null || fact.Skip is not null || fact.Explicit || method.Name.StartsWith("Docs_", StringComparison.Ordinal))
        {
            yield break;
        }

        if (fact is not TheoryAttribute)
        {
            if (method.GetParameters().Length == 0)
            {
                yield return [];
            }

            yield break;
        }

        foreach (var inline in method.GetCustomAttributes<InlineDataAttribute>())
        {
            yield return inline.Data;
        }

        foreach (var member in method.GetCustomAttributes<MemberDataAttribute>())
        {
            foreach (var row in MemberRows(member.MemberType ?? type, member.MemberName))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<object?[]> MemberRows(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        object? value = type.GetProperty(name, flags)?.GetValue(null)
            ?? type.GetField(name, flags)?.GetValue(null)
            ?? (type.GetMethod(name, flags, Type.EmptyTypes) is { } m ? m.Invoke(null, null) : null);
        if (value is not IEnumerable rows)
        {
            yield break;
        }

        foreach (var row in rows)
        {
            switch (row)
            {
                case object?[] array:
                    yield return array;
                    break;
                case ITheoryDataRow data:
                    yield return data.GetData();
                    break;
            }
        }
    }

    private static void Run(Type type, MethodInfo method, object?[] arguments)
    {
        if (method.GetParameters().Length != arguments.Length)
        {
            return;
        }

        object? instance = null;
        try
        {
            instance = method.IsStatic ? null : Activator.CreateInstance(type);
            switch (method.Invoke(instance, arguments))
            {
                case Task task:
                    task.GetAwaiter().GetResult();
                    break;
                case ValueTask valueTask:
                    valueTask.AsTask().GetAwaiter().GetResult();
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The test fails (or cannot be run this way) on its own; only the issues it produced matter here.
        }
        finally
        {
            (instance as IDisposable)?.Dispose();
        }
    }
}
