using System.Globalization;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Json;

/// <summary>Web-API shapes of a <see cref="ValidationReport"/>: errors by JSON path and RFC 9457 problem details.</summary>
public static class ValidationReportJson
{
    /// <summary>
    /// Groups the messages by the JSON path of the offending value, the shape of ASP.NET Core's
    /// <c>ValidationProblemDetails.Errors</c> and <c>ModelStateDictionary</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The message language: Chinese for <c>zh</c> cultures, English otherwise; <see langword="null"/> means the current UI culture.</param>
    /// <param name="minimumSeverity">The least severe issue to include; <see cref="Severity.Warning"/> (default) includes all.</param>
    /// <returns>The messages by path, in the report's order, paths compared ordinally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static IDictionary<string, string[]> ToErrorDictionary(this ValidationReport report, CultureInfo? culture = null, Severity minimumSeverity = Severity.Warning)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var issue in report.Issues)
        {
            if (issue.Severity < minimumSeverity)
            {
                continue;
            }

            var path = PathOf(issue);
            if (!lists.TryGetValue(path, out var messages))
            {
                messages = [];
                lists.Add(path, messages);
                order.Add(path);
            }

            messages.Add(issue.GetMessage(culture));
        }

        var result = new Dictionary<string, string[]>(order.Count, StringComparer.Ordinal);
        foreach (var path in order)
        {
            result.Add(path, [.. lists[path]]);
        }

        return result;
    }

    /// <summary>Converts the report to an RFC 9457 problem-details body with the rule codes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="instance">The URI reference of this occurrence (e.g. the request path), if any.</param>
    /// <param name="culture">The message language: Chinese for <c>zh</c> cultures, English otherwise; <see langword="null"/> means the current UI culture.</param>
    /// <param name="status">The HTTP status code; 400 (Bad Request) as ASP.NET Core uses for validation problems.</param>
    /// <returns>The problem details; serialise with <see cref="StudentPortfolioJsonTypeInfo.ValidationProblem"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not an HTTP status code (100–599).</exception>
    public static ValidationProblem ToProblemDetails(this ValidationReport report, string? instance = null, CultureInfo? culture = null, int status = 400)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        var issues = new ValidationProblemIssue[report.Issues.Count];
        for (var i = 0; i < issues.Length; i++)
        {
            var issue = report.Issues[i];
            issues[i] = new ValidationProblemIssue
            {
                Code = issue.Code,
                Severity = issue.Severity == Severity.Error ? "error" : "warning",
                Path = PathOf(issue),
                Message = issue.GetMessage(culture),
                Student = issue.Student,
                RecordId = issue.RecordId,
            };
        }

        return new ValidationProblem
        {
            Status = status,
            Detail = string.Create(CultureInfo.InvariantCulture, $"{report.ErrorCount} error(s), {report.WarningCount} warning(s)."),
            Instance = instance,
            Errors = report.ToErrorDictionary(culture),
            Issues = issues,
        };
    }

    private static string PathOf(ValidationIssue issue) => issue.Path.Length == 0 ? "$" : issue.Path;
}
