using System.Reflection;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Conventions;

/// <summary>Reflection checks of the library's public surface (after NodaTime's ConsistencyTest).</summary>
public class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes = typeof(NationalId).Assembly.GetExportedTypes();

    [Fact]
    public void Public_classes_are_sealed_static_or_abstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Equatable_value_types_define_equality_operators()
    {
        var missing = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Comparable_types_define_comparison_operators()
    {
        var missing = PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>)))
            .Where(t => t.GetMethod("op_LessThan", BindingFlags.Public | BindingFlags.Static) is null
                        || t.GetMethod("op_GreaterThanOrEqual", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Namespaces_match_folders_under_the_root_namespace()
    {
        var outside = PublicTypes
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("StudentPortfolio.", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(outside);
    }

    /// <summary>
    /// One naming scheme for getting objects out of data (CONTRIBUTING.md): <c>Parse</c>/<c>TryParse</c> take text in
    /// memory; <c>Read</c> takes UTF-8 JSON as bytes or a stream; <c>ReadFile</c> takes a file path; an importer's
    /// <c>ReadDocument</c>/<c>ReadStudents</c>/<c>Open</c> return results instead of throwing. Nothing is called <c>Load</c>.
    /// </summary>
    [Fact]
    public void Read_load_and_parse_methods_follow_one_naming_scheme()
    {
        var wrong = new List<string>();
        foreach (var method in PublicTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            if (method.GetBaseDefinition().DeclaringType != method.DeclaringType)
            {
                continue; // an override (e.g. JsonConverter<T>.Read) keeps its base class's name
            }

            var first = method.GetParameters().FirstOrDefault()?.ParameterType;
            var name = method.Name;
            var ok = name switch
            {
                _ when name.StartsWith("Load", StringComparison.Ordinal) => false,
                "Parse" or "TryParse" => first == typeof(string) || first == typeof(ReadOnlySpan<char>) || first == typeof(ReadOnlySpan<byte>),
                "Read" => first == typeof(Stream) || first == typeof(ReadOnlySpan<byte>) || first == typeof(ReadOnlyMemory<byte>),
                "ReadFile" => first == typeof(string),
                _ => true,
            };
            if (!ok)
            {
                wrong.Add($"{method.DeclaringType!.Name}.{name}({first?.Name})");
            }
        }

        Assert.Empty(wrong);
    }
}
