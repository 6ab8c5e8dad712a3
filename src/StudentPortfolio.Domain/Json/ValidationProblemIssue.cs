using System.Text.Json.Serialization;
using StudentPortfolio.Identity;

namespace StudentPortfolio.Json;

/// <summary>One issue of a <see cref="ValidationProblem"/>: the rule code, severity, location and message.</summary>
public sealed record ValidationProblemIssue
{
    /// <summary>Gets the stable rule code, e.g. <c>SP-Q001</c>.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the severity: <c>error</c> or <c>warning</c>.</summary>
    [JsonPropertyName("severity")]
    public string Severity { get; init; } = string.Empty;

    /// <summary>Gets the JSON path of the offending value in the export shape.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = "$";

    /// <summary>Gets the message in the requested language.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets the student, written masked by its converter, when the issue is about one student.</summary>
    [JsonPropertyName("student")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StudentKey? Student { get; init; }

    /// <summary>Gets the record, when the issue is about one record.</summary>
    [JsonPropertyName("recordId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RecordId? RecordId { get; init; }
}
