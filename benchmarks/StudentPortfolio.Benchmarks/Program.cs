using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using StudentPortfolio.Benchmarks;
using StudentPortfolio.Bulk;

// generate --students N --seed S --violations RATE --out FILE [--format-violations]  (policy violations only unless
//          --format-violations: then also format errors the strict reader refuses)
// measure  --file FILE --mode scan|frame|bulk|object|ratio [--threads N] [--runs R]  (scan/bulk: one process per mode for a clean peak working set;
//          ratio: interleaved scan / 1-thread / 2-thread rounds, per-round ratios)
// anything else: BenchmarkDotNet (e.g. --filter '*' --job short)
if (args.Length > 0 && args[0] == "generate")
{
    var students = int.Parse(Option(args, "--students") ?? "1000", CultureInfo.InvariantCulture);
    var seed = int.Parse(Option(args, "--seed") ?? "20240501", CultureInfo.InvariantCulture);
    var rate = double.Parse(Option(args, "--violations") ?? "0.02", CultureInfo.InvariantCulture);
    var output = Option(args, "--out");
    if (output is null || students < 0 || rate is < 0 or > 1)
    {
        Console.Error.WriteLine("usage: generate --students N --seed S --violations RATE(0-1) --out FILE [--format-violations]");
        return 2;
    }

    var sw = Stopwatch.StartNew();
    var violations = SubmissionGenerator.WriteFile(output, students, seed, rate, args.Contains("--format-violations"));
    var size = new FileInfo(output).Length;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {output}: {students} students, {violations} with a violation, {size} bytes ({(double)size / Math.Max(1, students):F0} bytes/student) in {sw.Elapsed.TotalSeconds:F1} s"));
    return 0;
}

if (args.Length > 0 && args[0] == "measure")
{
    var file = Option(args, "--file");
    var mode = Option(args, "--mode") ?? "bulk";
    var threads = int.Parse(Option(args, "--threads") ?? "1", CultureInfo.InvariantCulture);
    var runs = int.Parse(Option(args, "--runs") ?? "3", CultureInfo.InvariantCulture);
    if (file is null || !File.Exists(file))
    {
        Console.Error.WriteLine("usage: measure --file FILE --mode scan|frame|bulk [--threads N] [--runs R]");
        return 2;
    }

    var validator = new BulkValidator(StudentPortfolio.Policies.PolicyPresets.National);
    var options = new BulkValidationOptions { MaxDegreeOfParallelism = threads };
    if (mode == "ratio")
    {
        // Interleaved rounds of scan, 1-thread and 2-thread validation of the same file in one process; the ratio
        // is taken per round, so load changes on a shared machine affect numerator and denominator alike.
        var one = new BulkValidationOptions { MaxDegreeOfParallelism = 1 };
        var two = new BulkValidationOptions { MaxDegreeOfParallelism = 2 };
        var r1 = new List<double>();
        var r2 = new List<double>();
        var scans = new List<double>();
        var cpu1 = new List<double>();
        var cpu2 = new List<double>();
        using var me = Process.GetCurrentProcess();
        double Cpu()
        {
            me.Refresh();
            return me.TotalProcessorTime.TotalSeconds;
        }

        for (var round = 0; round <= runs; round++)
        {
            GC.Collect();
            var t0 = Stopwatch.StartNew();
            TokenScan.CountTokens(file);
            var scan = t0.Elapsed.TotalSeconds;
            GC.Collect();
            var c = Cpu();
            t0.Restart();
            await validator.ValidateFileAsync(file, one).ConfigureAwait(false);
            var v1 = t0.Elapsed.TotalSeconds;
            var c1 = Cpu() - c;
            GC.Collect();
            c = Cpu();
            t0.Restart();
            await validator.ValidateFileAsync(file, two).ConfigureAwait(false);
            var v2 = t0.Elapsed.TotalSeconds;
            var c2 = Cpu() - c;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: scan {scan:F3} s, 1 thread {v1:F3} s ({v1 / scan:F2}x, cpu {c1:F3} s), 2 threads {v2:F3} s ({v2 / scan:F2}x, cpu {c2:F3} s)"));
            if (round > 0)
            {
                scans.Add(scan);
                r1.Add(v1 / scan);
                r2.Add(v2 / scan);
                cpu1.Add(c1);
                cpu2.Add(c2);
            }
        }

        scans.Sort();
        r1.Sort();
        r2.Sort();
        cpu1.Sort();
        cpu2.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mode=ratio rounds={runs} scan median={scans[scans.Count / 2]:F3}s validation/scan: 1 thread median={r1[r1.Count / 2]:F2}x (min {r1[0]:F2}), 2 threads median={r2[r2.Count / 2]:F2}x (min {r2[0]:F2}); cpu seconds: 1 thread median={cpu1[cpu1.Count / 2]:F3}, 2 threads median={cpu2[cpu2.Count / 2]:F3}"));
        return 0;
    }

    var times = new List<double>();
    string last = string.Empty;
    for (var run = 0; run <= runs; run++) // run 0 is the warm-up
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        if (mode == "scan")
        {
            last = "tokens=" + TokenScan.CountTokens(file).ToString(CultureInfo.InvariantCulture);
        }
        else if (mode == "frame")
        {
            last = "students=" + Stages.Frame(file).ToString(CultureInfo.InvariantCulture);
        }
        else if (mode == "object")
        {
            var (students, rejected, issues) = Stages.ObjectPath(file);
            last = string.Create(CultureInfo.InvariantCulture, $"students={students} rejected={rejected} issues={issues}");
        }
        else
        {
            var summary = await validator.ValidateFileAsync(file, options).ConfigureAwait(false);
            last = string.Create(CultureInfo.InvariantCulture, $"students={summary.StudentsRead} withErrors={summary.StudentsWithErrors} errors={summary.ErrorCount} codes={string.Join(' ', summary.IssueCountsByCode.Select(kv => kv.Key + ":" + kv.Value))}");
        }

        sw.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (run > 0)
        {
            times.Add(sw.Elapsed.TotalSeconds);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {sw.Elapsed.TotalSeconds:F3} s, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s, allocated {allocated / 1e6:F1} MB"));
    }

    times.Sort();
    var median = times[times.Count / 2];
    var bytes = new FileInfo(file).Length;
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"mode={mode} threads={(mode == "scan" ? 1 : threads)} median={median:F3}s min={times[0]:F3}s max={times[^1]:F3}s MB/s={bytes / 1e6 / median:F0} peakWS={self.PeakWorkingSet64 / 1e6:F0}MB {last}"));
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BulkValidationBenchmarks).Assembly).Run(args).ToArray();
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
