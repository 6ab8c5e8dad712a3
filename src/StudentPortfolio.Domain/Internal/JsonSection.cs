using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudentPortfolio.Internal;

/// <summary>
/// A JSON object read by System.Text.Json into a file model (policy files, batch and receipt files): the properties
/// the model does not declare are kept in <see cref="Unknown"/>, so its reader can report each by name.
/// </summary>
internal abstract class JsonSection
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
