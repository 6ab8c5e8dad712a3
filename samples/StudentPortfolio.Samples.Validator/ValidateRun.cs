using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StudentPortfolio.Bulk;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>Runs <c>validate</c>: loads the policy, streams the file through <see cref="BulkValidator"/>, reports.</summary>
internal static class ValidateRun
{
    private const long ProgressBarFromBytes = 32L * 1024 * 1024;

    public static async Task<int> RunAsync(ValidateSettings settings, CancellationToken cancellationToken)
    {
        if (!TryLoadPolicy(settings.Policy, out var policy, out var problem))
        {
            Console.Error.WriteLine("error: " + problem);
            return ExitCodes.Usage;
        }

        if (!File.Exists(settings.File))
        {
            Console.Error.WriteLine($"error: the file '{Display.Text(settings.File)}' does not exist.");
            return ExitCodes.Usage;
        }

        var length = new FileInfo(settings.File).Length;
        var bar = !Console.IsErrorRedirected && length >= ProgressBarFromBytes ? new ConsoleProgressBar() : null;
        var validator = new BulkValidator(policy);
        var options = new BulkValidationOptions { MaxDegreeOfParallelism = settings.Threads };
        var clock = Stopwatch.StartNew();
        BulkValidationSummary summary;
        try
        {
            if (settings.Json)
            {
                summary = await JsonReport.WriteAsync(validator, settings, policy, options, bar, cancellationToken).ConfigureAwait(false);
            }
            else if (settings.Html)
            {
                // A regular file only: a pipe or device cannot be read twice (its students are then of unknown class).
                using var classes = length > 0 ? StudentClassLocator.Open(settings.File) : null;
                var report = new HtmlReport(settings, policy, classes);
                summary = await validator.ValidateFileAsync(settings.File, options, bar, report.OnStudentAsync, cancellationToken).ConfigureAwait(false);
                bar?.Finish();
                var stdout = Output.OpenStandardOutput();
                await using (stdout.ConfigureAwait(false))
                {
                    await report.WriteAsync(summary, stdout, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                var report = new TextReport(settings, policy);
                summary = await validator.ValidateFileAsync(settings.File, options, bar, report.OnStudentAsync, cancellationToken).ConfigureAwait(false);
                bar?.Finish();
                report.Write(summary);
            }
        }
        catch (OutputFailedException ex)
        {
            bar?.Finish();
            Console.Error.WriteLine("error: " + Display.Text(ex.Message));
            return ExitCodes.OutputFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            bar?.Finish();
            Console.Error.WriteLine($"error: interrupted ({(Signals.Received == System.Runtime.InteropServices.PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT")}); the report is incomplete{(settings.Json ? " (the JSON document is closed with \"interrupted\": true)" : string.Empty)}.");
            return Signals.Received == System.Runtime.InteropServices.PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bar?.Finish();
            Console.Error.WriteLine($"error: cannot read '{Display.Text(settings.File)}': {Display.Text(ex.Message)}");
            return ExitCodes.Usage;
        }

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"validated {summary.StudentsRead:N0} students, {summary.BytesRead / 1e6:F1} MB in {seconds:F2} s ({summary.BytesRead / 1e6 / seconds:F0} MB/s, {summary.StudentsRead / seconds:F0} students/s, {settings.Threads} thread(s), policy {Display.Text(policy.Id)}){(summary.DroppedIssueCount > 0 ? $", {summary.DroppedIssueCount:N0} issues counted but not listed (issue caps)" : string.Empty)}"));
        return ExitCodes.For(summary, settings.FailOnWarning);
    }

    public static JsonWriterOptions JsonOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static bool TryLoadPolicy(string name, out PortfolioPolicy policy, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            policy = null!;
            problem = "--policy needs a preset (national, baihe, songshan) or a policy file name.";
            return false;
        }

        switch (name)
        {
            case "national":
                policy = PolicyPresets.National;
                return true;
            case "baihe":
                policy = PolicyPresets.Baihe;
                return true;
            case "songshan":
                policy = PolicyPresets.Songshan;
                return true;
        }

        try
        {
            policy = PortfolioPolicy.ReadFile(name);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PolicyFormatException or ArgumentException or NotSupportedException)
        {
            policy = null!;
            problem = $"the policy '{Display.Text(name)}' is neither national, baihe, songshan nor a readable policy file: {Display.Text(ex.Message, 400)}";
            return false;
        }
    }

    /// <summary>Writes one issue as a JSON object (the student key is masked by the library).</summary>
    public static void WriteIssue(Utf8JsonWriter json, ValidationIssue issue)
    {
        json.WriteStartObject();
        json.WriteString("code", issue.Code);
        json.WriteString("severity", issue.Severity == Severity.Error ? "error" : "warning");
        json.WriteString("path", issue.Path);
        if (issue.RecordId is { } id)
        {
            json.WriteString("recordId", NationalId.MaskText(id.ToString()));
        }
        else
        {
            json.WriteNull("recordId");
        }

        json.WriteString("message", issue.Message);
        json.WriteString("messageZh", issue.MessageZh);
        json.WriteEndObject();
    }
}
