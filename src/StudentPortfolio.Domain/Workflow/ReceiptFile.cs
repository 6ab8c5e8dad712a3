using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The receipt (收訖明細) JSON as System.Text.Json reads it: the header fields, one array per category (one of them
/// present), and any other field kept aside and ignored.
/// </summary>
internal sealed class ReceiptFile
{
    [JsonPropertyName("名稱")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? Name { get; set; }

    [JsonPropertyName("名冊資訊")]
    public JsonElement? RosterInfo { get; set; }

    [JsonPropertyName("上傳人員")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? UploadedBy { get; set; }

    [JsonPropertyName("開放確認期限")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? Deadline { get; set; }

    [JsonPropertyName("kind")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? Kind { get; set; }

    [JsonPropertyName("課程學習成果")]
    public List<ReceiptStudentFile>? CourseOutcomes { get; set; }

    [JsonPropertyName("多元表現")]
    public List<ReceiptStudentFile>? MultiPerformance { get; set; }

    [JsonPropertyName("修課紀錄")]
    public List<ReceiptStudentFile>? CourseRecords { get; set; }

    [JsonPropertyName("校內幹部經歷")]
    public List<ReceiptStudentFile>? Cadres { get; set; }

    [JsonPropertyName("學生資料")]
    public List<ReceiptStudentFile>? BasicData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}
