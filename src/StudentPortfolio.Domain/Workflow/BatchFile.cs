using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Workflow;

/// <summary>The batch JSON file as System.Text.Json reads and writes it; <see cref="BatchJson"/> checks and maps it.</summary>
internal sealed class BatchFile
{
    [JsonPropertyName("schemaVersion")]
    public string? SchemaVersion { get; set; }

    [JsonPropertyName("school")]
    public string? School { get; set; }

    [JsonPropertyName("term")]
    public string? Term { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("students")]
    public List<BatchStudentFile>? Students { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
