using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>outcomes</c> or <c>performances</c> section of a policy file.</summary>
internal sealed class PolicyItemSection : JsonSection
{
    public PolicyUploadSection? Uploads { get; set; }

    public long? SelectedPerYear { get; set; }

    public long? LateItemWeeks { get; set; }
}
