using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>The <c>files</c> section of a policy file: files per outcome or multi-performance item.</summary>
internal sealed class PolicyFilesSection
{
    public PolicyCount? DocumentsPerItem { get; set; }

    public PolicyCount? AudioVideoPerItem { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
