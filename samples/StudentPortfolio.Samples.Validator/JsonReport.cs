using System.Text.Json;
using StudentPortfolio.Bulk;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>
/// The machine-readable report on stdout, streamed: every student with issues is written as it is validated (file
/// order), then the summary. Nothing but this JSON goes to stdout.
/// </summary>
internal static class JsonReport
{
    public static async Task<BulkValidationSummary> WriteAsync(BulkValidator validator, ValidateSettings settings, PortfolioPolicy policy, BulkValidationOptions options, ConsoleProgressBar? bar, CancellationToken cancellationToken)
    {
        var stdout = Output.OpenStandardOutput();
        await using (stdout.ConfigureAwait(false))
        {
            var json = new Utf8JsonWriter(stdout, ValidateRun.JsonOptions);
            await using (json.ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("file", NationalId.MaskText(settings.File));
                json.WriteString("policy", NationalId.MaskText(policy.Id));
                json.WriteStartArray("students");
                BulkValidationSummary summary;
                try
                {
                    summary = await validator.ValidateFileAsync(settings.File, options, bar, async (result, ct) =>
                    {
                        if (result.Issues.Count == 0)
                        {
                            return;
                        }

                        json.WriteStartObject();
                        json.WriteNumber("index", result.Index);
                        json.WriteString("student", result.Student?.ToString());
                        json.WriteNumber("line", result.Position.Line);
                        json.WriteNumber("byteOffset", result.Position.Offset ?? 0);
                        json.WriteStartArray("issues");
                        foreach (var issue in result.Issues)
                        {
                            ValidateRun.WriteIssue(json, issue);
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                        if (json.BytesPending > 64 * 1024)
                        {
                            await json.FlushAsync(ct).ConfigureAwait(false);
                        }
                    }, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Interrupted: close the document so what was written is still one complete JSON value.
                    json.WriteEndArray();
                    json.WriteBoolean("interrupted", true);
                    json.WriteEndObject();
                    await json.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                    await stdout.WriteAsync("\n"u8.ToArray(), CancellationToken.None).ConfigureAwait(false);
                    throw;
                }

                bar?.Finish();
                json.WriteEndArray();
                WriteSummary(json, summary);
                json.WriteNumber("exitCode", ExitCodes.For(summary, settings.FailOnWarning));
                json.WriteEndObject();
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                return summary;
            }
        }
    }

    private static string? Masked(string? value) => value is null ? null : NationalId.MaskText(value);

    private static void WriteSummary(Utf8JsonWriter json, BulkValidationSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteStartObject("header");
        json.WriteString("schemaVersion", Masked(summary.Header.SchemaVersion));
        json.WriteString("school", Masked(summary.Header.School));
        if (summary.Header.AcademicYear is { } year)
        {
            json.WriteNumber("academicYear", year);
        }
        else
        {
            json.WriteNull("academicYear");
        }

        if (summary.Header.Semester is { } semester)
        {
            json.WriteNumber("semester", semester);
        }
        else
        {
            json.WriteNull("semester");
        }

        json.WriteString("generatedAt", Masked(summary.Header.GeneratedAt));
        json.WriteEndObject();
        json.WriteNumber("studentsRead", summary.StudentsRead);
        json.WriteNumber("studentsWithErrors", summary.StudentsWithErrors);
        json.WriteNumber("studentsWithWarningsOnly", summary.StudentsWithWarningsOnly);
        json.WriteNumber("errors", summary.ErrorCount);
        json.WriteNumber("warnings", summary.WarningCount);
        json.WriteNumber("issuesNotListed", summary.DroppedIssueCount);
        json.WriteNumber("bytesRead", summary.BytesRead);
        json.WriteNumber("elapsedSeconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        json.WriteBoolean("completed", summary.Completed);
        json.WritePropertyName("fatal");
        if (summary.FatalIssue is { } fatal)
        {
            ValidateRun.WriteIssue(json, fatal);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("documentIssues");
        foreach (var issue in summary.DocumentIssues)
        {
            ValidateRun.WriteIssue(json, issue);
        }

        json.WriteEndArray();
        json.WriteStartArray("countsByCode");
        foreach (var (code, count) in summary.IssueCountsByCode)
        {
            json.WriteStartObject();
            json.WriteString("code", code);
            json.WriteString("severity", RuleCatalogue.TryGet(code, out var rule) ? (rule.Severity == Severity.Error ? "error" : "warning") : null);
            json.WriteNumber("count", count);
            json.WriteString("title", RuleTitles.Of(code, chinese: false));
            json.WriteString("titleZh", RuleTitles.Of(code, chinese: true));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
