namespace StudentPortfolio.Export;

/// <summary>The JSON Schema dialect of a shipped schema file.</summary>
public enum JsonSchemaDialect
{
    /// <summary>Draft 2020-12 (<c>$defs</c>), the published form.</summary>
    Draft202012 = 0,

    /// <summary>
    /// Draft-07 (<c>definitions</c>), the same constraints for validators that do not read draft 2020-12 (e.g.
    /// NJsonSchema). The schemas use no keyword whose meaning differs between the two drafts.
    /// </summary>
    Draft07 = 1,
}
