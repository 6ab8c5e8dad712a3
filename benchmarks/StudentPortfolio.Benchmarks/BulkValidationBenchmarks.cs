using BenchmarkDotNet.Attributes;
using StudentPortfolio.Bulk;

namespace StudentPortfolio.Benchmarks;

/// <summary>
/// Bulk validation, the framing stage alone and the object path, on a generated submission file, against the raw
/// token scan of the same file (the baseline).
/// Ratio = time ÷ scan time; Alloc Ratio = allocated ÷ scan allocated.
/// </summary>
[MemoryDiagnoser]
public class BulkValidationBenchmarks
{
    private static readonly BulkValidationOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly BulkValidationOptions TwoThreads = new() { MaxDegreeOfParallelism = 2 };
    private readonly BulkValidator _validator = new(StudentPortfolio.Policies.PolicyPresets.National);
    private string _path = string.Empty;

    /// <summary>Gets or sets the number of students in the file.</summary>
    [ParamsSource(nameof(StudentCounts))]
    public int Students { get; set; }

    /// <summary>The student counts (environment variable <c>SP_BENCH_STUDENTS</c> narrows them).</summary>
    /// <returns>The counts.</returns>
    public static IEnumerable<int> StudentCounts() => BenchmarkFiles.StudentCounts();

    /// <summary>Generates the input file if absent.</summary>
    [GlobalSetup]
    public void Setup() => _path = BenchmarkFiles.Get(Students);

    /// <summary>Raw <c>Utf8JsonReader</c> token scan, 1 MiB sliding buffer, one thread.</summary>
    /// <returns>The token count.</returns>
    [Benchmark(Baseline = true)]
    public long Scan() => TokenScan.CountTokens(_path);

    /// <summary>Bulk validation on one thread (framing and validation on the same thread).</summary>
    /// <returns>The number of students read.</returns>
    [Benchmark]
    public long Validate_1_thread() => _validator.ValidateFileAsync(_path, OneThread).GetAwaiter().GetResult().StudentsRead;

    /// <summary>Bulk validation with a reader thread and two workers.</summary>
    /// <returns>The number of students read.</returns>
    [Benchmark]
    public long Validate_2_threads() => _validator.ValidateFileAsync(_path, TwoThreads).GetAwaiter().GetResult().StudentsRead;

    /// <summary>The serial stage alone: framing every student (the part more threads cannot share).</summary>
    /// <returns>The number of students framed.</returns>
    [Benchmark]
    public long Frame_only() => Stages.Frame(_path);

    /// <summary>The object path: the importer builds every student's objects and the portfolio validator checks them.</summary>
    /// <returns>The number of students read.</returns>
    [Benchmark]
    public long Read_objects_and_validate() => Stages.ObjectPath(_path).Students;
}
