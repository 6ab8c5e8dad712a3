using System.Globalization;
using System.Net;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// One self-contained HTML page on stdout: the summary, issues by rule and by grade/class as inline SVG bar charts, and
/// each student's issues. No scripts, no external styles, fonts or images; every text is HTML-escaped; students appear
/// only by their masked key. The page is also well-formed XML, so tools can check it.
/// </summary>
internal sealed class HtmlReport(ValidateSettings settings, PortfolioPolicy policy)
{
    /// <summary>The most students listed one by one; the charts always count them all.</summary>
    private const int MaxStudentsListed = 2000;

    private readonly List<StudentValidationResult> _students = [];
    private long _studentsWithIssues;

    public ValueTask OnStudentAsync(StudentValidationResult result, CancellationToken cancellationToken)
    {
        if (result.Issues.Count > 0)
        {
            _studentsWithIssues++;
            if (_students.Count < MaxStudentsListed)
            {
                _students.Add(result);
            }
        }

        return ValueTask.CompletedTask;
    }

    public async Task WriteAsync(BulkValidationSummary summary, CancellationToken cancellationToken)
    {
        var classes = await ClassesAsync(cancellationToken).ConfigureAwait(false);
        var html = new StringBuilder();
        var h = summary.Header;
        var term = string.Create(CultureInfo.InvariantCulture, $"{h.AcademicYear?.ToString(CultureInfo.InvariantCulture) ?? "?"}-{h.Semester?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        html.Append("<title>").Append(E($"學習歷程檔案檢核報告 Validation report — {Path.GetFileName(settings.File)}")).Append("</title>\n");
        html.Append("<style>\nbody{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}\n")
            .Append("h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}\n")
            .Append("table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}\n")
            .Append(".error{color:#b03a2e}.warning{color:#9a6700}.fatal{background:#fdecea;padding:.5rem;border:1px solid #b03a2e}\n")
            .Append("svg text{font-size:12px;font-family:system-ui,sans-serif}details{margin:.4rem 0}summary{cursor:pointer}\n</style>\n</head>\n<body>\n");
        html.Append("<h1>學習歷程檔案檢核報告 — Validation report</h1>\n");

        html.Append("<section id=\"summary\">\n<h2>摘要 Summary</h2>\n<table>\n");
        Row(html, "檔案 File", Path.GetFileName(settings.File));
        Row(html, "規定 Policy", $"{policy.Id} {policy.Version} ({policy.Name})");
        Row(html, "學校 School", h.School ?? "?");
        Row(html, "學期 Term", term);
        Row(html, "學生 Students read", N(summary.StudentsRead));
        Row(html, "有錯誤的學生 Students with errors", N(summary.StudentsWithErrors));
        Row(html, "僅有警告的學生 Students with warnings only", N(summary.StudentsWithWarningsOnly));
        Row(html, "錯誤 Errors", N(summary.ErrorCount));
        Row(html, "警告 Warnings", N(summary.WarningCount));
        Row(html, "結束代碼 Exit code", ValidateRun.ExitCode(summary, settings.FailOnWarning).ToString(CultureInfo.InvariantCulture));
        html.Append("</table>\n");
        if (summary.FatalIssue is { } fatal)
        {
            html.Append("<p class=\"fatal\">").Append(E($"檔案無法讀到結尾 The file could not be read to its end: {fatal.Code} {fatal.MessageZh} / {fatal.Message}")).Append("</p>\n");
        }

        html.Append("</section>\n");

        html.Append("<section id=\"by-rule\">\n<h2>依規則 Issues by rule</h2>\n");
        var byRule = summary.IssueCountsByCode.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (Label: p.Key, Title: RuleTitles.Of(p.Key, chinese: true) + " / " + RuleTitles.Of(p.Key, chinese: false), Count: p.Value, Error: IsError(p.Key)))
            .ToList();
        BarChart(html, "issues by rule code", byRule);
        html.Append("</section>\n");

        html.Append("<section id=\"by-class\">\n<h2>依年級班級 Issues by grade and class</h2>\n");
        var byClass = _students
            .GroupBy(s => classes.TryGetValue(s.Index, out var c) ? c : "(未知 unknown)")
            .Select(g => (Label: g.Key, Title: $"{g.Key}: {g.Count()} 位學生 students", Count: (long)g.Sum(s => s.Issues.Count), Error: g.Any(s => s.ErrorCount > 0)))
            .OrderBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
        BarChart(html, "issues by grade and class", byClass);
        html.Append("</section>\n");

        html.Append("<section id=\"students\">\n<h2>各學生問題 Issues per student</h2>\n");
        if (_studentsWithIssues > _students.Count)
        {
            html.Append("<p>").Append(E($"列出前 {_students.Count} 位 The first {_students.Count} of {_studentsWithIssues} students with issues are listed.")).Append("</p>\n");
        }

        foreach (var student in _students)
        {
            var who = student.Student?.ToString() ?? $"students[{student.Index}]";
            var cls = classes.TryGetValue(student.Index, out var c) ? c : "?";
            html.Append("<details class=\"student\" open=\"open\">\n<summary>")
                .Append(E($"{who} — {cls} — {student.ErrorCount} 錯誤 errors, {student.WarningCount} 警告 warnings (line {student.Position.Line})"))
                .Append("</summary>\n<table>\n<tr><th>規則 Rule</th><th>嚴重度 Severity</th><th>位置 Path</th><th>訊息 Message</th></tr>\n");
            foreach (var issue in student.Issues)
            {
                var severity = issue.Severity == Severity.Error ? "error" : "warning";
                html.Append("<tr class=\"").Append(severity).Append("\"><td>").Append(E(issue.Code)).Append("</td><td>").Append(severity == "error" ? "錯誤 error" : "警告 warning")
                    .Append("</td><td>").Append(E(issue.Path)).Append("</td><td>").Append(E(issue.MessageZh)).Append("<br/>").Append(E(issue.Message)).Append("</td></tr>\n");
            }

            html.Append("</table>\n</details>\n");
        }

        html.Append("</section>\n</body>\n</html>\n");
        var stdout = Console.OpenStandardOutput();
        await using (stdout.ConfigureAwait(false))
        {
            await stdout.WriteAsync(new UTF8Encoding(false).GetBytes(html.ToString()), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Escapes text for HTML (and XML): <c>&lt; &gt; &amp; " '</c>.</summary>
    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static bool IsError(string code) => RuleCatalogue.TryGet(code, out var rule) && rule.Severity == Severity.Error;

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");

    /// <summary>A horizontal bar chart in inline SVG: label, bar (red for errors, amber for warnings), count; the title shows on hover.</summary>
    private static void BarChart(StringBuilder html, string name, List<(string Label, string Title, long Count, bool Error)> bars)
    {
        if (bars.Count == 0)
        {
            html.Append("<p>沒有問題 No issues.</p>\n");
            return;
        }

        const int labelWidth = 170, barMax = 420, rowHeight = 22;
        var max = Math.Max(1, bars.Max(b => b.Count));
        var height = (bars.Count * rowHeight) + 10;
        var inv = CultureInfo.InvariantCulture;
        html.Append(string.Create(inv, $"<svg role=\"img\" aria-label=\"{E(name)}\" width=\"{labelWidth + barMax + 80}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barMax + 80} {height}\">\n"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, title, count, error) = bars[i];
            var y = (i * rowHeight) + 5;
            var width = Math.Max(2, (int)Math.Round(barMax * (double)count / max));
            html.Append("<g><title>").Append(E(title)).Append("</title>")
                .Append(string.Create(inv, $"<text x=\"0\" y=\"{y + 14}\">")).Append(E(label)).Append("</text>")
                .Append(string.Create(inv, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{rowHeight - 6}\" fill=\"{(error ? "#c0392b" : "#d4a017")}\"/>"))
                .Append(string.Create(inv, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 14}\">{count}</text></g>\n"));
        }

        html.Append("</svg>\n");
    }

    /// <summary>
    /// Reads each student's grade and class (年級班級) by position in the file's <c>students</c> array, straight from the
    /// JSON, so that students the importer would reject are placed too. A file that is not JSON to its end keeps the
    /// classes read so far.
    /// </summary>
    private async Task<Dictionary<long, string>> ClassesAsync(CancellationToken cancellationToken)
    {
        var classes = new Dictionary<long, string>();
        var bytes = await File.ReadAllBytesAsync(settings.File, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("students", out var students)
                && students.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var index = 0L;
                foreach (var student in students.EnumerateArray())
                {
                    if (student.ValueKind == System.Text.Json.JsonValueKind.Object
                        && student.TryGetProperty("grade", out var grade) && grade.ValueKind == System.Text.Json.JsonValueKind.Number
                        && student.TryGetProperty("className", out var className) && className.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        classes[index] = $"{grade.GetRawText()} 年級 {className.GetString()} 班";
                    }

                    index++;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON to its end (the summary then reports why): the students are shown as of unknown class.
        }

        return classes;
    }
}
