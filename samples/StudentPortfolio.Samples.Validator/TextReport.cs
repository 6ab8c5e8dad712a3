using System.Globalization;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>The human-readable report: summary, counts by rule code, the first students with issues.</summary>
internal sealed class TextReport(ValidateSettings settings, PortfolioPolicy policy)
{
    private readonly List<StudentValidationResult> _first = [];

    public ValueTask OnStudentAsync(StudentValidationResult result, CancellationToken cancellationToken)
    {
        if (result.Issues.Count > 0 && IssuesKept() < settings.Top)
        {
            _first.Add(result);
        }

        return ValueTask.CompletedTask;
    }

    public void Write(BulkValidationSummary summary)
    {
        var o = Console.Out;
        var h = summary.Header;
        o.WriteLine($"File:      {Display.Text(settings.File)}");
        o.WriteLine($"Policy:    {Display.Text(policy.Id)} ({Display.Text(policy.Name)})");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Document:  school {Display.Text(h.School ?? "?")}, term {h.AcademicYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{h.Semester?.ToString(CultureInfo.InvariantCulture) ?? "?"}, schema {Display.Text(h.SchemaVersion ?? "?")}, generated {Display.Text(h.GeneratedAt ?? "?")}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Students:  {summary.StudentsRead:N0} read, {summary.StudentsWithErrors:N0} with errors, {summary.StudentsWithWarningsOnly:N0} with warnings only"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Issues:    {summary.ErrorCount:N0} errors, {summary.WarningCount:N0} warnings{(summary.DroppedIssueCount > 0 ? $" ({summary.DroppedIssueCount:N0} counted but not kept: issue caps)" : string.Empty)}"));
        if (summary.FatalIssue is { } fatal)
        {
            o.WriteLine();
            o.WriteLine($"THE FILE COULD NOT BE READ TO ITS END: {fatal.Code} {Display.Text(Message(fatal), 400)}");
            o.WriteLine("Students after this point were not validated.");
        }

        if (summary.DocumentIssues.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Problems of the document outside the students:");
            foreach (var issue in summary.DocumentIssues)
            {
                o.WriteLine($"  {issue.Code} {Display.Text(issue.Path, 200)}: {Display.Text(Message(issue), 400)}");
            }
        }

        if (summary.IssueCountsByCode.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"{"Code",-9} {"Severity",-8} {"Count",10}  Rule");
            o.WriteLine(new string('-', 100));
            foreach (var (code, count) in summary.IssueCountsByCode)
            {
                var severity = RuleCatalogue.TryGet(code, out var rule) ? rule.Severity.ToString() : "?";
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code,-9} {severity,-8} {count,10:N0}  {RuleTitles.Of(code, settings.Chinese)}"));
            }
        }

        if (_first.Count > 0)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First {IssuesKept()} issue(s) by student (national IDs masked):"));
            var shown = 0;
            foreach (var student in _first)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  students[{student.Index}] {student.Student?.ToString() ?? "(no valid key)"} line {student.Position.Line}"));
                foreach (var issue in student.Issues)
                {
                    if (shown++ == settings.Top)
                    {
                        break;
                    }

                    o.WriteLine($"    {issue.Code} {issue.Severity,-7} {Display.Text(issue.Path)}");
                    o.WriteLine($"      {Display.Text(Message(issue), 400)}");
                }
            }
        }

        o.WriteLine();
        o.WriteLine(summary.FatalIssue is not null ? "Result: BAD INPUT (exit 2)"
            : summary.ErrorCount > 0 ? "Result: rule errors (exit 1)"
            : summary.WarningCount > 0 ? (settings.FailOnWarning ? "Result: warnings, failing on warnings (exit 1)" : "Result: warnings only (exit 0)")
            : "Result: clean (exit 0)");
    }

    private int IssuesKept()
    {
        var n = 0;
        foreach (var r in _first)
        {
            n += r.Issues.Count;
        }

        return Math.Min(n, settings.Top);
    }

    private string Message(ValidationIssue issue) => settings.Chinese ? issue.MessageZh : issue.Message;
}
