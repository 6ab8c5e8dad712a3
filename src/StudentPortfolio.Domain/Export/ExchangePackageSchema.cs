namespace StudentPortfolio.Export;

/// <summary>
/// The published JSON Schema (draft 2020-12) of the exchange package file written by
/// <see cref="ExchangePackageFile"/>, shipped inside the assembly (and as <c>schema/exchange-package.schema.json</c> in
/// the package). The writer's output always validates against it.
/// </summary>
/// <remarks>The schema cannot express the identity number's check digit, which the reader checks. Thread-safe.</remarks>
public static class ExchangePackageSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://studentportfolio.example/schemas/exchange-package/1.0/exchange-package.schema.json";

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    /// <returns>The stream.</returns>
    public static Stream OpenRead() => SchemaResources.Open("exchange-package", JsonSchemaDialect.Draft202012);

    /// <summary>Returns the schema text.</summary>
    /// <returns>The JSON text of the schema.</returns>
    public static string GetJson() => SchemaResources.Read("exchange-package", JsonSchemaDialect.Draft202012);
}
