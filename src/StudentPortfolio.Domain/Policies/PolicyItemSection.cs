using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>outcomes</c> or <c>performances</c> section of a policy file.</summary>
internal sealed class PolicyItemSection
{
    public PolicyUploadSection? Uploads { get; set; }

    public long? SelectedPerYear { get; set; }

    public long? LateItemWeeks { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
