using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The policy JSON file as System.Text.Json reads it; <see cref="PolicyJsonReader"/> checks and maps it.</summary>
internal sealed class PolicyFile
{
    [JsonPropertyName("$schema")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? Schema { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("effectiveFrom")]
    public string? EffectiveFrom { get; set; }

    [JsonPropertyName("basedOn")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? BasedOn { get; set; }

    [JsonPropertyName("regulation")]
    public string? Regulation { get; set; }

    [JsonPropertyName("outcomes")]
    public PolicyItemSection? Outcomes { get; set; }

    [JsonPropertyName("performances")]
    public PolicyItemSection? Performances { get; set; }

    [JsonPropertyName("applicationPicks")]
    public PolicyPickSection? ApplicationPicks { get; set; }

    [JsonPropertyName("description")]
    public PolicyDescriptionSection? Description { get; set; }

    [JsonPropertyName("media")]
    public List<PolicyMediaEntry>? Media { get; set; }

    [JsonPropertyName("retention")]
    public PolicyRetentionSection? Retention { get; set; }

    [JsonPropertyName("windows")]
    public PolicyWindowSection? Windows { get; set; }

    [JsonPropertyName("requiredPerformanceFields")]
    public Dictionary<string, List<string>>? RequiredPerformanceFields { get; set; }

    [JsonPropertyName("enrollment")]
    public PolicyEnrollmentSection? Enrollment { get; set; }

    [JsonPropertyName("certification")]
    public PolicyCertificationSection? Certification { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
