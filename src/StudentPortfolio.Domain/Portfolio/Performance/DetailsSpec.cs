namespace StudentPortfolio.Portfolio.Performance;

/// <summary>The details object of one multi-performance category: its names and its fields in written order.</summary>
/// <param name="Category">The category.</param>
/// <param name="Name">The category's camelCase JSON name (<c>serviceLearning</c>).</param>
/// <param name="ObjectName">The name of the details object in the JSON Schema's <c>$defs</c> (<c>serviceLearningDetails</c>).</param>
/// <param name="Roster">The central-database roster sheet of the category (服務學習紀錄).</param>
/// <param name="Fields">The fields in written order.</param>
internal sealed record DetailsSpec(PerformanceCategory Category, string Name, string ObjectName, string Roster, DetailsField[] Fields)
{
    /// <summary>Gets the fields' JSON names, the names a policy may make required.</summary>
    public string[] Names { get; } = [.. Fields.Select(f => f.Name)];

    /// <summary>Gets the index of the <c>startDate</c> field, or -1.</summary>
    public int Start { get; } = Array.FindIndex(Fields, f => f.Name == "startDate");

    /// <summary>Gets the index of the <c>endDate</c> field, or -1.</summary>
    public int End { get; } = Array.FindIndex(Fields, f => f.Name == "endDate");

    /// <summary>Gets the index of the one date of a category without a date range (result, obtained or work date), or -1.</summary>
    public int Only { get; } = Array.Exists(Fields, f => f.Name == "startDate") ? -1 : Array.FindIndex(Fields, f => f.Kind == Internal.FieldKind.Date);

    /// <summary>Returns whether <paramref name="field"/> is the JSON name of one of the fields.</summary>
    public bool IsField(string? field) => field is not null && Array.IndexOf(Names, field) >= 0;
}
