namespace StudentPortfolio.Export;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the submission document, shipped inside the assembly (and as
/// <c>schema/submission.schema.json</c> in the package). The writer's output always validates against it. A draft-07
/// variant with the same constraints (<c>schema/submission.draft-07.schema.json</c>) loads in validators that do not
/// read draft 2020-12, such as NJsonSchema.
/// </summary>
/// <remarks>
/// The schema cannot express two rules the reader checks: the identity number's check digit, and which student
/// arrays are present (exactly those of the declared <c>contentKinds</c>). Thread-safe.
/// </remarks>
public static class SubmissionSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://studentportfolio.example/schemas/submission/1.0/submission.schema.json";

    /// <summary>The <c>$id</c> of the draft-07 variant.</summary>
    public const string Draft07Id = "https://studentportfolio.example/schemas/submission/1.0/submission.draft-07.schema.json";

    /// <summary>Opens the schema (draft 2020-12) as a UTF-8 stream; the caller disposes it.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenRead() => OpenRead(JsonSchemaDialect.Draft202012);

    /// <summary>Opens the schema in the given dialect as a UTF-8 stream; the caller disposes it.</summary>
    /// <param name="dialect">The JSON Schema dialect.</param>
    /// <returns>The stream.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is not a defined value.</exception>
    public static Stream OpenRead(JsonSchemaDialect dialect) => SchemaResources.Open("submission", dialect);

    /// <summary>Returns the schema text (draft 2020-12).</summary>
    /// <returns>The JSON text of the schema.</returns>
    public static string GetJson() => GetJson(JsonSchemaDialect.Draft202012);

    /// <summary>Returns the schema text in the given dialect.</summary>
    /// <param name="dialect">The JSON Schema dialect.</param>
    /// <returns>The JSON text of the schema.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is not a defined value.</exception>
    public static string GetJson(JsonSchemaDialect dialect) => SchemaResources.Read("submission", dialect);
}
