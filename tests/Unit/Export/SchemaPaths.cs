using System.Text.Json;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// Property paths (<c>students[].outcomes[].title</c>; details as <c>details{competition}.name</c>) with their
/// type (<c>string|null</c>) taken from the schema, from a JSON instance, and from the data dictionary.
/// </summary>
internal static class SchemaPaths
{
    public static SortedDictionary<string, string> FromSchema(JsonSchemaValidator validator, JsonElement root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(validator, root, string.Empty, result);
        return result;
    }

    public static SortedSet<string> FromInstance(JsonElement root)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        WalkInstance(root, string.Empty, result);
        return result;
    }

    public static SortedDictionary<string, string> FromDictionary(string markdown)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('|');
            var path = cells[1].Trim().Trim('`');
            var type = cells[2].Trim().Replace(" or ", "|", StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(cells[4]), $"no central-database column for {path}");
            Assert.True(result.TryAdd(path, type), $"{path} is listed twice in the data dictionary");
        }

        return result;
    }

    public static string TypeOf(JsonSchemaValidator validator, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return TypeOf(validator, validator.Resolve(reference.GetString()!));
        }

        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array ? string.Join("|", type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!;
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return constant.ValueKind == JsonValueKind.String ? "string" : "number";
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var parts = oneOf.EnumerateArray().Select(s => TypeOf(validator, s)).ToList();
            return string.Join("|", parts.Where(p => p != "null").Concat(parts.Where(p => p == "null")));
        }

        throw new InvalidOperationException("Schema without a type: " + schema.GetRawText());
    }

    private static JsonElement Deref(JsonSchemaValidator validator, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? Deref(validator, validator.Resolve(reference.GetString()!)) : schema;

    private static void Walk(JsonSchemaValidator validator, JsonElement schema, string prefix, SortedDictionary<string, string> result)
    {
        schema = Deref(validator, schema);
        if (schema.TryGetProperty("oneOf", out var variants))
        {
            foreach (var variant in variants.EnumerateArray())
            {
                var v = Deref(validator, variant);
                if (v.TryGetProperty("properties", out var vp) && vp.TryGetProperty("category", out var category))
                {
                    Walk(validator, vp.GetProperty("details"), $"{prefix}.details{{{category.GetProperty("const").GetString()}}}", result);
                }
                else
                {
                    Walk(validator, v, prefix, result);
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            Walk(validator, items, prefix + "[]", result);
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            if (!result.ContainsKey(path))
            {
                result.Add(path, TypeOf(validator, property.Value));
            }

            Walk(validator, property.Value, path, result);
        }
    }

    private static void WalkInstance(JsonElement element, string prefix, SortedSet<string> result)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                    result.Add(path);
                    if (property.Name == "details" && element.TryGetProperty("category", out var category))
                    {
                        WalkInstance(property.Value, $"{prefix}.details{{{category.GetString()}}}", result);
                    }
                    else
                    {
                        WalkInstance(property.Value, path, result);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    WalkInstance(item, prefix + "[]", result);
                }

                break;
        }
    }
}
