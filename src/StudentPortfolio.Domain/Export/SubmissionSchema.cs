namespace StudentPortfolio.Export;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the submission document, shipped inside the assembly (and as
/// <c>schema/submission.schema.json</c> in the package). The writer's output always validates against it.
/// </summary>
/// <remarks>
/// The schema cannot express two rules the reader checks: the identity number's check digit, and which student
/// arrays are present (exactly those of the declared <c>contentKinds</c>). Thread-safe.
/// </remarks>
public static class SubmissionSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://studentportfolio.example/schemas/submission/1.0/submission.schema.json";

    private const string ResourceName = "StudentPortfolio.Export.Schema.submission.schema.json";

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenRead() =>
        typeof(SubmissionSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The embedded submission schema is missing from the assembly.");

    /// <summary>Returns the schema text.</summary>
    /// <returns>The JSON text of the schema.</returns>
    public static string GetJson()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
