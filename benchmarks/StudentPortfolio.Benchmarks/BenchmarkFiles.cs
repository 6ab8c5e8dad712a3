using System.Globalization;

namespace StudentPortfolio.Benchmarks;

/// <summary>Generated input files shared by the benchmarks, cached in a temporary directory.</summary>
public static class BenchmarkFiles
{
    /// <summary>The seed every benchmark file is generated with.</summary>
    public const int Seed = 20240501;

    /// <summary>The violation rate of the benchmark files (2 %, like perf-anchors.md).</summary>
    public const double ViolationRate = 0.02;

    /// <summary>Returns the path of the file with <paramref name="students"/> students, generating it if absent.</summary>
    /// <param name="students">The number of students.</param>
    /// <returns>The path.</returns>
    public static string Get(int students)
    {
        var dir = Environment.GetEnvironmentVariable("SP_BENCH_DATA") is { Length: > 0 } d
            ? d
            : Path.Combine(Path.GetTempPath(), "studentportfolio-bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"submission-{students}-seed{Seed}.json"));
        if (!File.Exists(path))
        {
            SubmissionGenerator.WriteFile(path, students, Seed, ViolationRate);
        }

        return path;
    }

    /// <summary>The student counts to benchmark: <c>SP_BENCH_STUDENTS</c> (comma-separated) or 1k and 100k.</summary>
    /// <returns>The counts.</returns>
    public static IEnumerable<int> StudentCounts()
    {
        var env = Environment.GetEnvironmentVariable("SP_BENCH_STUDENTS");
        if (string.IsNullOrWhiteSpace(env))
        {
            return [1_000, 100_000];
        }

        return env.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }
}
