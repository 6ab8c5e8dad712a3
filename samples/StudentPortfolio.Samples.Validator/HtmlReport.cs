using System.Globalization;
using System.Net;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// One self-contained HTML page: the summary, issues by rule and by grade/class as inline SVG bar charts, and each
/// student's issues. No scripts, no external styles, fonts or images; every text is HTML-escaped; students appear
/// only by their masked key. The page is also well-formed XML, so tools can check it.
/// </summary>
/// <remarks>
/// Memory is bounded whatever the file: the input is not read again (a student's grade and class are looked up from
/// where the bulk run said the student starts, <see cref="StudentClassLocator"/>), at most
/// <see cref="MaxStudentsListed"/> students and <see cref="MaxIssuesListed"/> issues are kept for the page, and the
/// grade/class chart keeps counts for at most <see cref="MaxClasses"/> classes (the rest are counted together).
/// </remarks>
internal sealed class HtmlReport(ValidateSettings settings, PortfolioPolicy policy, StudentClassLocator? classes = null)
{
    /// <summary>The most students listed one by one; the charts always count them all.</summary>
    public const int MaxStudentsListed = 2000;

    /// <summary>The most issues listed over all students.</summary>
    public const int MaxIssuesListed = 20_000;

    /// <summary>The most grade/class bars; students of further classes are counted under one bar.</summary>
    public const int MaxClasses = 200;

    private const string Unknown = "(未知 unknown)";
    private const string Others = "(其他 other classes)";

    private readonly List<(StudentValidationResult Result, string Class)> _students = [];
    private readonly Dictionary<string, (long Students, long Issues, bool Error)> _byClass = new(StringComparer.Ordinal);
    private long _studentsWithIssues;
    private long _issuesListed;

    public ValueTask OnStudentAsync(StudentValidationResult result, CancellationToken cancellationToken)
    {
        var issues = result.ErrorCount + result.WarningCount;
        if (issues > 0)
        {
            _studentsWithIssues++;
            var cls = (result.Position.Offset is { } offset ? classes?.Find(offset) : null) ?? Unknown;
            if (!_byClass.ContainsKey(cls) && _byClass.Count >= MaxClasses)
            {
                cls = Others;
            }

            var (students, count, error) = _byClass.GetValueOrDefault(cls);
            _byClass[cls] = (students + 1, count + issues, error || result.ErrorCount > 0);
            if (_students.Count < MaxStudentsListed && _issuesListed + result.Issues.Count <= MaxIssuesListed)
            {
                _students.Add((result, cls));
                _issuesListed += result.Issues.Count;
            }
        }

        return ValueTask.CompletedTask;
    }

    public async Task WriteAsync(BulkValidationSummary summary, Stream output, CancellationToken cancellationToken)
    {
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
        Row(html, "結束代碼 Exit code", ExitCodes.For(summary, settings.FailOnWarning).ToString(CultureInfo.InvariantCulture));
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
        var byClass = _byClass
            .Select(g => (Label: g.Key, Title: $"{g.Key}: {g.Value.Students} 位學生 students", Count: g.Value.Issues, Error: g.Value.Error))
            .OrderBy(g => g.Label, StringComparer.Ordinal)
            .ToList();
        BarChart(html, "issues by grade and class", byClass);
        html.Append("</section>\n");

        html.Append("<section id=\"students\">\n<h2>各學生問題 Issues per student</h2>\n");
        if (_studentsWithIssues > _students.Count)
        {
            html.Append("<p>").Append(E($"列出前 {_students.Count} 位 The first {_students.Count} of {_studentsWithIssues} students with issues are listed.")).Append("</p>\n");
        }

        foreach (var (student, cls) in _students)
        {
            var who = student.Student?.ToString() ?? $"students[{student.Index}]";
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
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(html.ToString()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Escapes text for HTML (and XML): <c>&lt; &gt; &amp; " '</c>.</summary>
    private static string E(string? text) => WebUtility.HtmlEncode(Display.Text(text, 2000));

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
}
