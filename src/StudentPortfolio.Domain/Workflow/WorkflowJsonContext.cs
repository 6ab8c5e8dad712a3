using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>
/// The source-generated System.Text.Json context of the batch and receipt files (no reflection: trimming and AOT
/// safe). Writing is indented with CJK text raw; strings are read strictly (a number is not a string).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(StrictStringConverter)])]
[JsonSerializable(typeof(BatchFile))]
[JsonSerializable(typeof(ReceiptFile))]
internal sealed partial class WorkflowJsonContext : JsonSerializerContext
{
}
