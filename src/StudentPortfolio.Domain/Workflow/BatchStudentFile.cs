using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Workflow;

/// <summary>One student of a batch file.</summary>
internal sealed class BatchStudentFile
{
    public string? NationalId { get; set; }

    public string? BirthDate { get; set; }

    public List<BatchRecordFile>? Records { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
