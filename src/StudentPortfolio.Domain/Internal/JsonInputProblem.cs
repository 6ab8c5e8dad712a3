namespace StudentPortfolio.Internal;

/// <summary>
/// A problem <see cref="JsonCheck"/> found before deserialising: not well-formed JSON, a property named twice in
/// one object, or a string that is not valid text. <see cref="Path"/> names the last property or element read,
/// <see cref="Container"/> the object or array being read. Paths and message are masked; line and column are 1-based.
/// </summary>
internal sealed record JsonInputProblem(bool Malformed, string Message, string Path, long Line, long Column, System.Text.Json.JsonException? Inner)
{
    /// <summary>Gets the path of the object or array being read when the input broke off (same as <see cref="Path"/> when unknown).</summary>
    public string Container { get; init; } = Path;
}
