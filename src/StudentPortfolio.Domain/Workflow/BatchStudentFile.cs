using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Workflow;

/// <summary>One student of a batch file.</summary>
internal sealed class BatchStudentFile
{
    [JsonPropertyName("nationalId")]
    public string? NationalId { get; set; }

    [JsonPropertyName("birthDate")]
    public string? BirthDate { get; set; }

    [JsonPropertyName("records")]
    public List<BatchRecordFile>? Records { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
