using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>Describes the token a reader is on for "Expected … but found …" messages, quoting a short masked excerpt of strings.</summary>
internal static class JsonFound
{
    public static string Describe(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return reader.TokenType switch
            {
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                _ => JsonTokenNames.Describe(reader.TokenType),
            };
        }

        string text;
        try
        {
            text = reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "a string that is not valid text";
        }

        return $"the string \"{ErrorText.Excerpt(text, 30)}\"";
    }
}
