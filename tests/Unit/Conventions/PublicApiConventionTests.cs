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
}
