using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>Names JSON token types the way the error messages say them ("an object", "a string"…).</summary>
internal static class JsonTokenNames
{
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
