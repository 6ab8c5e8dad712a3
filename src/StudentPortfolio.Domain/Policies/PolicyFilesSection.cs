using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>files</c> section of a policy file: files per outcome or multi-performance item.</summary>
internal sealed class PolicyFilesSection : JsonSection
{
    public PolicyCount? DocumentsPerItem { get; set; }

    public PolicyCount? AudioVideoPerItem { get; set; }
}
