using System.CommandLine;
using StudentPortfolio.Samples.Validator;

// validate FILE [--policy national|baihe|songshan|FILE] [--format text|json|html] [--fail-on warning|error] [--threads N] [--top N] [--language en|zh-TW]
// Exit codes: 0 clean, 1 rule errors (or warnings with --fail-on warning), 2 bad input or usage.
var file = new Argument<string>("file") { Description = "The submission JSON file to validate." };
var policy = new Option<string>("--policy") { Description = "national, baihe, songshan, or a policy JSON file.", DefaultValueFactory = _ => "national" };
var format = new Option<string>("--format") { Description = "text (a summary table), json (machine-readable, on stdout only) or html (one self-contained page with charts, on stdout).", DefaultValueFactory = _ => "text" };
format.AcceptOnlyFromAmong("text", "json", "html");
var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 on errors only (error) or on warnings too (warning).", DefaultValueFactory = _ => "error" };
failOn.AcceptOnlyFromAmong("error", "warning");
var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
threads.Validators.Add(r =>
{
    if (r.GetValueOrDefault<int>() is < 1 or > 256)
    {
        r.AddError("--threads must be from 1 to 256.");
    }
});
var top = new Option<int>("--top") { Description = "How many per-student issues the text report lists.", DefaultValueFactory = _ => 20 };
top.Validators.Add(r =>
{
    if (r.GetValueOrDefault<int>() < 0)
    {
        r.AddError("--top must be 0 or more.");
    }
});
var language = new Option<string>("--language") { Description = "Message language of the text report: en or zh-TW.", DefaultValueFactory = _ => "en" };
language.AcceptOnlyFromAmong("en", "zh-TW");

var validate = new Command("validate", "Validate a submission file against a policy.") { file, policy, format, failOn, threads, top, language };
validate.SetAction((result, cancellationToken) => ValidateRun.RunAsync(
    new ValidateSettings(
        result.GetValue(file)!,
        result.GetValue(policy)!,
        result.GetValue(format)!,
        result.GetValue(failOn) == "warning",
        result.GetValue(threads),
        result.GetValue(top),
        result.GetValue(language) == "zh-TW"),
    cancellationToken));

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

return await parsed.InvokeAsync().ConfigureAwait(false);
