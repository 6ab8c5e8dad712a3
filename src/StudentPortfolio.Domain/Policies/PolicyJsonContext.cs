using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The source-generated System.Text.Json context of policy files (no reflection: trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(StrictStringConverter), typeof(WholeNumberConverter), typeof(StrictBooleanConverter)])]
[JsonSerializable(typeof(PolicyFile))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext
{
}
