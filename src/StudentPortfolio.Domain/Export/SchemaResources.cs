namespace StudentPortfolio.Export;

/// <summary>Opens the JSON Schemas embedded in the assembly (<c>Export/Schema/*.json</c>).</summary>
internal static class SchemaResources
{
    public static Stream Open(string name, JsonSchemaDialect dialect)
    {
        var suffix = dialect switch
        {
            JsonSchemaDialect.Draft202012 => ".schema.json",
            JsonSchemaDialect.Draft07 => ".draft-07.schema.json",
            _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Expected Draft202012 or Draft07."),
        };
        var resource = "StudentPortfolio.Export.Schema." + name + suffix;
        return typeof(SchemaResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema {resource} is missing from the assembly.");
    }

    public static string Read(string name, JsonSchemaDialect dialect)
    {
        using var reader = new StreamReader(Open(name, dialect));
        return reader.ReadToEnd();
    }
}
