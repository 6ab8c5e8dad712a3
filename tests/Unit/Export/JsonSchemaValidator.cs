using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// A small JSON Schema draft 2020-12 validator for the subset the submission schema uses: type, const, enum,
/// required, properties, additionalProperties, items, minItems, maxItems, uniqueItems, pattern, minLength,
/// maxLength, minimum, maximum, local $ref to $defs, oneOf, anyOf, allOf. Any other keyword in the schema (other
/// than annotations) makes the constructor throw, so the schema cannot silently rely on something unchecked.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Assertions =
    [
        "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
        "pattern", "minLength", "maxLength", "minimum", "maximum", "$ref", "oneOf", "anyOf", "allOf",
    ];

    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$comment", "$defs", "examples", "default"];

    private readonly JsonElement _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public JsonSchemaValidator(JsonElement root)
    {
        _root = root;
        CheckKeywords(root, "#");
    }

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    public JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $defs references are supported, not {reference}.");
        }

        return _root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private static void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var name = keyword.Name;
            if (!Assertions.Contains(name) && !Annotations.Contains(name))
            {
                throw new NotSupportedException($"Schema keyword '{name}' at {where} is not supported by the test validator.");
            }

            switch (name)
            {
                case "properties" or "$defs":
                    foreach (var p in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(p.Value, $"{where}/{name}/{p.Name}");
                    }

                    break;
                case "items" or "additionalProperties":
                    CheckKeywords(keyword.Value, $"{where}/{name}");
                    break;
                case "oneOf" or "anyOf" or "allOf":
                    var i = 0;
                    foreach (var sub in keyword.Value.EnumerateArray())
                    {
                        CheckKeywords(sub, $"{where}/{name}/{i++}");
                    }

                    break;
            }
        }
    }

    private static bool TypeMatches(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && (instance.TryGetInt64(out _) || (instance.TryGetDecimal(out var d) && decimal.Truncate(d) == d)),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Number => a.GetDecimal() == b.GetDecimal(),
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            _ => a.GetRawText() == b.GetRawText(),
        };
    }

    private static decimal Number(JsonElement e) => e.GetDecimal();

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToArray() : [value.GetString()!];
                    if (!types.Any(t => TypeMatches(t, instance)))
                    {
                        errors.Add($"{path}: expected {string.Join("|", types)}, found {instance.ValueKind}");
                    }

                    break;
                case "const":
                    if (!JsonEquals(value, instance))
                    {
                        errors.Add($"{path}: must be {value.GetRawText()}");
                    }

                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(v => JsonEquals(v, instance)))
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    }

                    break;
                case "required" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var name in value.EnumerateArray())
                    {
                        if (!instance.TryGetProperty(name.GetString()!, out _))
                        {
                            errors.Add($"{path}: missing required property {name.GetString()}");
                        }
                    }

                    break;
                case "properties" when instance.ValueKind == JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        if (instance.TryGetProperty(property.Name, out var child))
                        {
                            Validate(property.Value, child, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "additionalProperties" when instance.ValueKind == JsonValueKind.Object:
                    var declared = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var property in instance.EnumerateObject())
                    {
                        if (!declared.Contains(property.Name))
                        {
                            Validate(value, property.Value, $"{path}.{property.Name}", errors);
                        }
                    }

                    break;
                case "items" when instance.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        Validate(value, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), errors);
                    }

                    break;
                case "minItems" when instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() < value.GetInt32():
                    errors.Add($"{path}: fewer than {value.GetInt32()} items");
                    break;
                case "maxItems" when instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() > value.GetInt32():
                    errors.Add($"{path}: more than {value.GetInt32()} items");
                    break;
                case "uniqueItems" when instance.ValueKind == JsonValueKind.Array && value.GetBoolean():
                    var items = instance.EnumerateArray().ToList();
                    for (var i = 0; i < items.Count; i++)
                    {
                        for (var j = i + 1; j < items.Count; j++)
                        {
                            if (JsonEquals(items[i], items[j]))
                            {
                                errors.Add($"{path}: items {i} and {j} are equal");
                            }
                        }
                    }

                    break;
                case "pattern" when instance.ValueKind == JsonValueKind.String:
                    var pattern = value.GetString()!;
                    if (!_patterns.TryGetValue(pattern, out var regex))
                    {
                        regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
                        _patterns[pattern] = regex;
                    }

                    if (!regex.IsMatch(instance.GetString()!))
                    {
                        errors.Add($"{path}: '{instance.GetString()}' does not match {pattern}");
                    }

                    break;
                case "minLength" when instance.ValueKind == JsonValueKind.String && instance.GetString()!.EnumerateRunes().Count() < value.GetInt32():
                    errors.Add($"{path}: shorter than {value.GetInt32()}");
                    break;
                case "maxLength" when instance.ValueKind == JsonValueKind.String && instance.GetString()!.EnumerateRunes().Count() > value.GetInt32():
                    errors.Add($"{path}: longer than {value.GetInt32()}");
                    break;
                case "minimum" when instance.ValueKind == JsonValueKind.Number && Number(instance) < Number(value):
                    errors.Add($"{path}: less than {value.GetRawText()}");
                    break;
                case "maximum" when instance.ValueKind == JsonValueKind.Number && Number(instance) > Number(value):
                    errors.Add($"{path}: greater than {value.GetRawText()}");
                    break;
                case "oneOf":
                    var matches = value.EnumerateArray().Count(sub => IsValid(sub, instance, path));
                    if (matches != 1)
                    {
                        errors.Add($"{path}: matches {matches} of the oneOf schemas, not exactly one");
                    }

                    break;
                case "anyOf":
                    if (!value.EnumerateArray().Any(sub => IsValid(sub, instance, path)))
                    {
                        errors.Add($"{path}: matches none of the anyOf schemas");
                    }

                    break;
                case "allOf":
                    foreach (var sub in value.EnumerateArray())
                    {
                        Validate(sub, instance, path, errors);
                    }

                    break;
            }
        }
    }

    private bool IsValid(JsonElement schema, JsonElement instance, string path)
    {
        var errors = new List<string>();
        Validate(schema, instance, path, errors);
        return errors.Count == 0;
    }
}
