using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>One object of the submission format: its fields in written order and the reader's name table.</summary>
/// <param name="Name">The name of the object in the JSON Schema's <c>$defs</c>.</param>
/// <param name="Description">The description written into the JSON Schema.</param>
/// <param name="Heading">The heading of the object's table in the data dictionary; <see langword="null"/>: listed inside its parent's.</param>
/// <param name="Fields">The fields in written order.</param>
internal sealed record ObjectSpec(string Name, string Description, string? Heading, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Gets the name of a shared array-of-this definition in the schema (<c>files</c>), if any.</summary>
    public string? ListName { get; init; }

    /// <summary>Gets the reader's name table of the object.</summary>
    public JsonShape Shape { get; } = new(Name, [.. Fields.Select(f => f.Name)]);
}
