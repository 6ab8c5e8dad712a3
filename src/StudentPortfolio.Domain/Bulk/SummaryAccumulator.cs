using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>Counts of one worker, merged into the <see cref="BulkValidationSummary"/> at the end. Not thread-safe.</summary>
internal sealed class SummaryAccumulator
{
    public long Students { get; private set; }

    public long StudentsWithErrors { get; private set; }

    public long StudentsWithWarningsOnly { get; private set; }

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    /// <summary>Gets how many of the counted issues were not kept (issue caps).</summary>
    public long Dropped { get; private set; }

    public Dictionary<string, long> ByCode { get; } = new(StringComparer.Ordinal);

    public void Add(StudentValidationResult result)
    {
        Students++;
        if (result.Issues.Count == 0)
        {
            return;
        }

        if (result.ErrorCount > 0)
        {
            StudentsWithErrors++;
        }
        else
        {
            StudentsWithWarningsOnly++;
        }

        foreach (var issue in result.Issues)
        {
            Count(issue);
        }

        foreach (var d in result.Dropped)
        {
            Count(d.Rule.Code, d.Severity, d.Count);
            Dropped += d.Count;
        }
    }


    public void Count(ValidationIssue issue) => Count(issue.Code, issue.Severity, 1);

    private void Count(string code, Severity severity, long count)
    {
        if (severity == Severity.Error)
        {
            Errors += count;
        }
        else
        {
            Warnings += count;
        }

        ByCode[code] = ByCode.GetValueOrDefault(code) + count;
    }

    public void Merge(SummaryAccumulator other)
    {
        Students += other.Students;
        StudentsWithErrors += other.StudentsWithErrors;
        StudentsWithWarningsOnly += other.StudentsWithWarningsOnly;
        Errors += other.Errors;
        Warnings += other.Warnings;
        Dropped += other.Dropped;
        foreach (var (code, n) in other.ByCode)
        {
            ByCode[code] = ByCode.GetValueOrDefault(code) + n;
        }
    }
}
