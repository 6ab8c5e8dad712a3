using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using StudentPortfolio.Bulk;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;

// A consumer of the published package that uses the library only through dependency injection: it validates the
// sample submission with the Songshan preset and prints a summary. Exit code 0 when everything is as expected.
// Run from samples/ (the CI step does): the data file is data/submission-114-1.json.
var path = args.Length > 0 ? args[0] : Path.Combine("data", "submission-114-1.json");
var output = new StringBuilder();
var problems = new List<string>();

var services = new ServiceCollection();
services.AddStudentPortfolio(o => o.PolicyPresetId = PolicyPresets.SongshanId);
try
{
    services.AddStudentPortfolio(o => o.PolicyPresetId = PolicyPresets.BaiheId);
    problems.Add("a second AddStudentPortfolio call was accepted");
}
catch (StudentPortfolioConfigurationException)
{
    // Expected: one configuration per container, never a silently ignored second one.
}

using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var policy = provider.GetRequiredService<PortfolioPolicy>();
var importer = provider.GetRequiredService<SubmissionImporter>();
var validator = provider.GetRequiredService<PortfolioValidator>();
var bulk = provider.GetRequiredService<BulkValidator>();
output.AppendLine(CultureInfo.InvariantCulture, $"policy {policy.Id} {policy.Version}; import {importer.Options.Mode}");

// Whole-document import, then the policy validator on every student.
SubmissionReadResult read;
await using (var stream = File.OpenRead(path))
{
    read = await importer.ReadDocumentAsync(stream);
}

if (!read.IsValid || read.Document is null)
{
    problems.Add($"import failed: {read.Errors.Count} error(s)");
}
else
{
    var document = read.Document;
    output.AppendLine(CultureInfo.InvariantCulture, $"{document.Header.School} {document.Header.Term}: {document.Students.Count} student(s)");
    var errors = 0;
    var warnings = 0;
    for (var i = 0; i < document.Students.Count; i++)
    {
        var report = validator.Validate(document.Students[i].ToPortfolio(), new PortfolioValidationOptions { PathPrefix = $"$.students[{i}]" });
        errors += report.ErrorCount;
        warnings += report.WarningCount;
        output.AppendLine(CultureInfo.InvariantCulture, $"  {document.Students[i]}: {report}");
        foreach (var issue in report.Issues)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"    {issue}");
        }
    }

    output.AppendLine(CultureInfo.InvariantCulture, $"policy validation: {errors} error(s), {warnings} warning(s)");
}

// Streaming bulk validation of the same file.
var summary = await bulk.ValidateFileAsync(path);
output.AppendLine(CultureInfo.InvariantCulture, $"bulk: {summary.StudentsRead} student(s), {summary.ErrorCount} error(s), {summary.WarningCount} warning(s), completed {summary.Completed}");
if (!summary.Completed || summary.FatalIssue is not null)
{
    problems.Add("bulk validation did not complete");
}

if (summary.StudentsRead != (read.Document?.Students.Count ?? -1))
{
    problems.Add("the bulk validator and the importer read different student counts");
}

// The printed text must never carry an unmasked national ID of the file.
var text = output.ToString();
var raw = await File.ReadAllTextAsync(path);
foreach (var id in NationalIds(raw))
{
    if (text.Contains(id, StringComparison.Ordinal))
    {
        problems.Add($"an unmasked national ID ({id[..3]}****{id[7..]}) appears in the output");
    }
}

Console.Write(text);
foreach (var problem in problems)
{
    Console.Error.WriteLine("problem: " + problem);
}

Console.WriteLine(problems.Count == 0 ? "OK" : "FAILED");
return problems.Count == 0 ? 0 : 1;

static IEnumerable<string> NationalIds(string json)
{
    const string key = "\"nationalId\": \"";
    for (var at = json.IndexOf(key, StringComparison.Ordinal); at >= 0; at = json.IndexOf(key, at + 1, StringComparison.Ordinal))
    {
        var start = at + key.Length;
        var end = json.IndexOf('"', start);
        if (end > start)
        {
            yield return json[start..end];
        }
    }
}
