using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>One entry of the <c>media</c> array of a policy file.</summary>
internal sealed class PolicyMediaEntry : JsonSection
{
    public string? MediaType { get; set; }

    public long? MaxBytes { get; set; }

    public List<string>? Extensions { get; set; }
}
