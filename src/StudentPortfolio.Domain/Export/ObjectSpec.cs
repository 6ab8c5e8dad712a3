using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>One object of the submission format: its fields in written order and the reader's name table.</summary>
internal sealed record ObjectSpec
{
    public ObjectSpec(string name, string description, string? heading, IReadOnlyList<FieldSpec> fields)
    {
        Name = name;
        Description = description;
        Heading = heading;
        Fields = fields;
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = fields[i].Name;
        }

        Shape = new JsonShape(name, names);
    }

    /// <summary>Gets the name of the object in the JSON Schema's <c>$defs</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the description written into the JSON Schema.</summary>
    public string Description { get; }

    /// <summary>Gets the heading of the object's table in the data dictionary; <see langword="null"/>: listed inside its parent's.</summary>
    public string? Heading { get; }

    /// <summary>Gets the fields in written order.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>Gets the name of a shared array-of-this definition in the schema (<c>files</c>), if any.</summary>
    public string? ListName { get; init; }

    /// <summary>Gets the reader's name table of the object.</summary>
    public JsonShape Shape { get; }
}
