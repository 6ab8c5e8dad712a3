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
    }

    public void Count(ValidationIssue issue)
    {
        if (issue.Severity == Severity.Error)
        {
            Errors++;
        }
        else
        {
            Warnings++;
        }

        ByCode[issue.Code] = ByCode.GetValueOrDefault(issue.Code) + 1;
    }

    public void Merge(SummaryAccumulator other)
    {
        Students += other.Students;
        StudentsWithErrors += other.StudentsWithErrors;
        StudentsWithWarningsOnly += other.StudentsWithWarningsOnly;
        Errors += other.Errors;
        Warnings += other.Warnings;
        foreach (var (code, n) in other.ByCode)
        {
            ByCode[code] = ByCode.GetValueOrDefault(code) + n;
        }
    }
}
