using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>One student of a batch file.</summary>
internal sealed class BatchStudentFile : JsonSection
{
    public string? NationalId { get; set; }

    public string? BirthDate { get; set; }

    public List<BatchRecordFile>? Records { get; set; }
}
