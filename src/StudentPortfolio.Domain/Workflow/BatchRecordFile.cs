using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>One record of a student in a batch file.</summary>
internal sealed class BatchRecordFile : JsonSection
{
    public string? Id { get; set; }

    public string? ContentHash { get; set; }
}
