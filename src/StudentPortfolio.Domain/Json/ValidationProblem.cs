using System.Text.Json.Serialization;

namespace StudentPortfolio.Json;

/// <summary>
/// An RFC 9457 problem-details body for a validation report, shaped like ASP.NET Core's
/// <c>ValidationProblemDetails</c> (<c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>,
/// <c>errors</c> by JSON path) with the rule codes as an <c>issues</c> extension member.
/// </summary>
/// <remarks>
/// Made by <see cref="ValidationReportJson.ToProblemDetails"/>; serialise it with
/// <see cref="StudentPortfolioJsonTypeInfo.ValidationProblem"/> (source-generated, no reflection). Students appear
/// only masked.
/// </remarks>
public sealed record ValidationProblem
{
    /// <summary>The <c>type</c> URI used when none is given: the HTTP 400 section of RFC 9110, as ASP.NET Core uses.</summary>
    public const string DefaultType = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    /// <summary>Gets the problem type URI.</summary>
    [JsonPropertyName("type")]
    public string Type { get; init; } = DefaultType;

    /// <summary>Gets the short, human-readable summary of the problem type.</summary>
    [JsonPropertyName("title")]
    public string Title { get; init; } = "One or more validation errors occurred.";

    /// <summary>Gets the HTTP status code.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>Gets the explanation specific to this occurrence, e.g. <c>2 error(s), 1 warning(s)</c>.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Gets the URI reference of this occurrence (e.g. the request path), if any.</summary>
    [JsonPropertyName("instance")]
    public string? Instance { get; init; }

    /// <summary>Gets the messages by JSON path of the offending value, as <c>ValidationProblemDetails.Errors</c>.</summary>
    [JsonPropertyName("errors")]
    public IDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

    /// <summary>Gets every issue with its rule code, severity and location (extension member).</summary>
    [JsonPropertyName("issues")]
    public IReadOnlyList<ValidationProblemIssue> Issues { get; init; } = [];
}
