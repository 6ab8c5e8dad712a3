using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>description</c> section of a policy file.</summary>
internal sealed class PolicyDescriptionSection : JsonSection
{
    public bool? Required { get; set; }

    public long? MaxCharacters { get; set; }
}
