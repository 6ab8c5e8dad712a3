using System.Text.Json.Serialization;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The policy JSON file as System.Text.Json reads it; <see cref="PolicyJsonReader"/> checks and maps it.</summary>
internal sealed class PolicyFile : JsonSection
{
    [JsonPropertyName("$schema")]
    [JsonConverter(typeof(NullableStringConverter))]
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? EffectiveFrom { get; set; }

    [JsonConverter(typeof(NullableStringConverter))]
    public string? BasedOn { get; set; }

    public string? Regulation { get; set; }

    public PolicyItemSection? Outcomes { get; set; }

    public PolicyItemSection? Performances { get; set; }

    public PolicyPickSection? ApplicationPicks { get; set; }

    public PolicyDescriptionSection? Description { get; set; }

    public List<PolicyMediaEntry>? Media { get; set; }

    public PolicyFilesSection? Files { get; set; }

    public PolicyRetentionSection? Retention { get; set; }

    public PolicyWindowSection? Windows { get; set; }

    public Dictionary<string, List<string>>? RequiredPerformanceFields { get; set; }

    public PolicyEnrollmentSection? Enrollment { get; set; }

    public PolicyCertificationSection? Certification { get; set; }
}
