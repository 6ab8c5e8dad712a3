namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// Derives a shipped draft-07 schema from its draft 2020-12 original: the dialect URI, the <c>$id</c>,
/// <c>$defs</c> → <c>definitions</c>, and <c>"const": x</c> → <c>"enum": [x]</c> (the same constraint; NJsonSchema
/// ignores <c>const</c>). Valid because the schemas use only keywords with the same meaning in both drafts and no
/// <c>$ref</c> with sibling keywords (both checked here).
/// </summary>
internal static partial class SchemaDraft07
{
    private static readonly string[] Keywords =
    [
        "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required", "additionalProperties",
        "items", "enum", "const", "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "uniqueItems", "oneOf",
    ];

    public static string From(string draft202012, string fileName)
    {
        using (var doc = System.Text.Json.JsonDocument.Parse(draft202012))
        {
            CheckKeywords(doc.RootElement);
        }

        var renamed = draft202012
            .Replace("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", "\"$schema\": \"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal)
            .Replace("/" + fileName + ".schema.json\"", "/" + fileName + ".draft-07.schema.json\"", StringComparison.Ordinal)
            .Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal)
            .Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal);
        var result = ConstKeyword().Replace(renamed, "\"enum\": [$1]");
        Assert.DoesNotContain("\"const\"", result, StringComparison.Ordinal);
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"const\": (\"[^\"\\\\]*\"|-?[0-9.]+|true|false|null)")]
    private static partial System.Text.RegularExpressions.Regex ConstKeyword();

    private static void CheckKeywords(System.Text.Json.JsonElement schema)
    {
        if (schema.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out _))
        {
            Assert.Single(schema.EnumerateObject());
        }

        foreach (var p in schema.EnumerateObject())
        {
            Assert.Contains(p.Name, Keywords);
            switch (p.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in p.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value);
                    }

                    break;
                case "items" or "additionalProperties":
                    CheckKeywords(p.Value);
                    break;
                case "oneOf":
                    foreach (var child in p.Value.EnumerateArray())
                    {
                        CheckKeywords(child);
                    }

                    break;
            }
        }
    }
}
