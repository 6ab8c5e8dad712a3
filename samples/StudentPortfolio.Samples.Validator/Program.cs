using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;
using StudentPortfolio.Samples.Validator;

// validate FILE [--policy national|baihe|songshan|FILE] [--format text|json|html] [--fail-on warning|error] [--threads N] [--top N] [--language en|zh-TW]
// Exit codes: 0 clean, 1 rule errors (or warnings with --fail-on warning), 2 bad input or usage, 3 the report could
// not be written, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
Output.Install();
var file = new Argument<string>("file") { Description = "The submission JSON file to validate." };
var policy = new Option<string>("--policy") { Description = "national, baihe, songshan, or a policy JSON file.", DefaultValueFactory = _ => "national" };
var format = new Option<string>("--format") { Description = "text (a summary table), json (machine-readable, on stdout only) or html (one self-contained page with charts, on stdout).", DefaultValueFactory = _ => "text" };
format.AcceptOnlyFromAmong("text", "json", "html");
var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 on errors only (error) or on warnings too (warning).", DefaultValueFactory = _ => "error" };
failOn.AcceptOnlyFromAmong("error", "warning");
var threads = new Option<int>("--threads") { Description = "Worker threads, 1 to 256 (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount, CustomParser = r => WholeNumber(r, "--threads", 1, 256) };
var top = new Option<int>("--top") { Description = "How many per-student issues the text report lists.", DefaultValueFactory = _ => 20, CustomParser = r => WholeNumber(r, "--top", 0, int.MaxValue) };
var language = new Option<string>("--language") { Description = "Message language of the text report: en or zh-TW.", DefaultValueFactory = _ => "en" };
language.AcceptOnlyFromAmong("en", "zh-TW");

var validate = new Command("validate", "Validate a submission file against a policy.") { file, policy, format, failOn, threads, top, language };
validate.SetAction((result, _) => ValidateRun.RunAsync(
    new ValidateSettings(
        result.GetValue(file)!,
        result.GetValue(policy)!,
        result.GetValue(format)!,
        result.GetValue(failOn) == "warning",
        result.GetValue(threads),
        result.GetValue(top),
        result.GetValue(language) == "zh-TW"),
    Signals.Token));

var root = new RootCommand("StudentPortfolio sample validator (學習歷程檔案大量檢核).") { validate };
root.SetAction(_ =>
{
    Console.Error.WriteLine("usage: validate FILE [--policy national|baihe|songshan|FILE] [--format text|json|html] [--fail-on warning|error] [--threads N]");
    return ExitCodes.Usage;
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }

    Console.Error.WriteLine("usage: validate FILE [--policy national|baihe|songshan|FILE] [--format text|json|html] [--fail-on warning|error] [--threads N]");
    return ExitCodes.Usage;
}

// SIGINT and SIGTERM cancel the run; it ends its output cleanly and exits 130 or 143 (see ValidateRun).
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Signals.Handle);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Signals.Handle);
var code = await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
return Signals.Received is { } signal ? (signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated) : code;

static int WholeNumber(ArgumentResult result, string name, int min, int max)
{
    var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
    {
        return value;
    }

    result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {(max == int.MaxValue ? "2147483647" : max.ToString(CultureInfo.InvariantCulture))}, not '{Display.Text(text, 40)}'."));
    return min;
}
