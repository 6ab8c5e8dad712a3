using StudentPortfolio.Internal;

namespace StudentPortfolio.Workflow;

/// <summary>The batch JSON file as System.Text.Json reads and writes it; <see cref="BatchJson"/> checks and maps it.</summary>
internal sealed class BatchFile : JsonSection
{
    public string? SchemaVersion { get; set; }

    public string? School { get; set; }

    public string? Term { get; set; }

    public string? Kind { get; set; }

    public string? Unit { get; set; }

    public List<BatchStudentFile>? Students { get; set; }
}
