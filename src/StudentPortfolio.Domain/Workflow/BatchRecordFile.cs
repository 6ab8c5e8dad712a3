using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Workflow;

/// <summary>One record of a student in a batch file.</summary>
internal sealed class BatchRecordFile
{
    public string? Id { get; set; }

    public string? ContentHash { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
