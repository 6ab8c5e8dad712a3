using System.Globalization;
using System.Text;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Workflow;

// Reconciles a submission batch (the library's batch JSON) against the receipt (收訖明細) the central database
// sent back, and prints one line per record plus the rule issues.
// Usage: dotnet run --project samples/StudentPortfolio.Samples.Reconcile -- <batch.json> <receipt.json> [--strict]
// Exit codes: 0 report printed; 1 with --strict when something is missing, unexpected or changed; 2 bad input.
Console.OutputEncoding = Encoding.UTF8;
var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var strict = args.Contains("--strict");
if (files.Length != 2)
{
    Console.Error.WriteLine("usage: StudentPortfolio.Samples.Reconcile <batch.json> <receipt.json> [--strict]");
    return 2;
}

SubmissionBatch batch;
ReceiptDocument receipt;
try
{
    batch = SubmissionBatch.ReadFile(files[0]);
    receipt = ReceiptDocument.ReadFile(files[1]);
}
catch (ReceiptFormatException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

var report = ReceiptReconciler.Reconcile(batch, receipt);
var time = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm", null);
string Taipei(NodaTime.Instant? at) => at is { } i ? time.Format(TaipeiTime.InTaipei(i)) : "-";

Console.WriteLine($"Batch   : {batch}");
Console.WriteLine($"Receipt : {NationalId.MaskText(receipt.Name ?? receipt.KindText)} (uploaded by {NationalId.MaskText(receipt.UploadedBy ?? "-")})");
Console.WriteLine($"Confirm : {Taipei(receipt.ConfirmationOpens)} to {Taipei(receipt.ConfirmationDeadline)} (Asia/Taipei, end exclusive)");
Console.WriteLine();
Console.WriteLine($"{"Student",-24} {"Record",-14} {"Status",-11} {"Submitted",-12} {"Received",-12}");
foreach (var line in report.Lines)
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{line.Student,-24} {NationalId.MaskText(line.Record?.ToString() ?? "(no id)"),-14} {line.Status,-11} {Short(line.SubmittedHash),-12} {Short(line.ReceivedHash),-12}"));
}

Console.WriteLine();
foreach (var issue in report.ToValidationReport().Issues)
{
    Console.WriteLine($"{issue.Code} {issue.Severity}: {issue.Message}");
    Console.WriteLine($"    {issue.MessageZh}");
}

Console.WriteLine();
Console.WriteLine($"Summary: {report}{(report.IsComplete ? " - complete" : string.Empty)}");
return strict && !report.IsComplete ? 1 : 0;

static string Short(StudentPortfolio.Portfolio.ContentHash? hash) => hash is { } h ? h.ToString()[..12] : "-";
