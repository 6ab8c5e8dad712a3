using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Policies;

/// <summary>
/// The field names of each multi-performance category (from <see cref="DetailsFields"/>, as in the JSON export), for
/// the policies' required fields.
/// </summary>
internal static class PerformanceFields
{
    private static readonly string[][] ByCategory = [.. DetailsFields.All.Select(c => c.Fields.Select(f => f.Name).ToArray())];

    public static IReadOnlyList<string> Names(PerformanceCategory category) => ByCategory[(int)category - 1];

    public static bool IsField(PerformanceCategory category, string? field) =>
        field is not null && Array.IndexOf(ByCategory[(int)category - 1], field) >= 0;

    /// <summary>Returns the camelCase JSON name of a category, e.g. <c>serviceLearning</c>.</summary>
    public static string CategoryName(PerformanceCategory category) => DetailsFields.Of(category).Name;

    public static bool TryParseCategory(string? name, out PerformanceCategory category)
    {
        var spec = Array.Find(DetailsFields.All, c => c.Name == name);
        category = spec?.Category ?? default;
        return spec is not null;
    }

}
