using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>One student of a receipt: the key fields and every other field (the sheets of rows are the arrays among them).</summary>
internal sealed class ReceiptStudentFile
{
    [JsonPropertyName("身分證號")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? NationalId { get; set; }

    [JsonPropertyName("出生日期")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? BirthDate { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Sheets { get; set; }
}
