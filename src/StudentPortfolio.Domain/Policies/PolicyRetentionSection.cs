using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>retention</c> section of a policy file.</summary>
internal sealed class PolicyRetentionSection : JsonSection
{
    public PolicyCount? YearsAfterLeaving { get; set; }
}
