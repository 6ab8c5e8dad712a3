namespace StudentPortfolio.Internal;

/// <summary>
/// A problem <see cref="JsonCheck"/> found before deserialising: not well-formed JSON, a property named twice in
/// one object, or a string that is not valid text. Path and message are masked; line and column are 1-based.
/// </summary>
internal sealed record JsonInputProblem(bool Malformed, string Message, string Path, long Line, long Column, System.Text.Json.JsonException? Inner);
