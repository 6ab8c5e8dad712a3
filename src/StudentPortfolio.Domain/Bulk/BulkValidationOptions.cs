using NodaTime;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>Settings of a <see cref="BulkValidator"/> run (大量檢核設定).</summary>
/// <remarks>Immutable and thread-safe. Memory stays bounded by about <c>BufferSize + MaxStudentBytes</c> (the framer)
/// <c>+ max(MaxBytesInFlight, MaxStudentBytes) + MaxStudentBytes</c> (framed students) <c>+ min(MaxDegreeOfParallelism,
/// students in flight) × (one student's facts, at most MaxObjectsPerStudent records, and MaxIssuesPerStudent issues)</c>,
/// plus the results waiting for the callback, whatever the file size (docs/limits.md).</remarks>
public sealed record BulkValidationOptions
{
    /// <summary>Gets the default options.</summary>
    public static BulkValidationOptions Default { get; } = new();

    /// <summary>Gets the number of threads that validate students; 1 frames and validates on one thread.
    /// With more than one, a reader thread frames students and this many workers validate them, at most
    /// <see cref="Environment.ProcessorCount"/> students at the same time (memory stays that of one student per
    /// processor). Defaults to <see cref="Environment.ProcessorCount"/>.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the size of the read buffer in bytes (default 1 MiB, at least 16).</summary>
    public int BufferSize { get; init; } = 1 << 20;

    /// <summary>Gets the largest student the framer keeps in memory, in bytes (default 16 MiB); a larger one is
    /// reported as <c>SP-B004</c> and skipped.</summary>
    public int MaxStudentBytes { get; init; } = 16 << 20;

    /// <summary>
    /// Gets the most JSON objects one student may hold (records, files, certifications, details…, the student's own
    /// object included; default <see cref="Export.SubmissionReaderOptions.DefaultMaxObjectsPerStudent"/>, 100,000). A
    /// student with more is reported as <c>SP-X020</c> and not validated further, so a worker's memory follows this
    /// limit and <see cref="MaxStudentBytes"/>, not what the file holds.
    /// </summary>
    public int MaxObjectsPerStudent { get; init; } = Export.SubmissionReaderOptions.DefaultMaxObjectsPerStudent;

    /// <summary>
    /// Gets the most bytes of framed students held at once, waiting for a worker or being validated (default 32 MiB;
    /// at least <see cref="MaxStudentBytes"/> is always let through). The reader thread waits while more are in flight,
    /// so the number of large students validated at the same time is bounded by bytes, not by
    /// <see cref="MaxDegreeOfParallelism"/>; thousands of ordinary students fit.
    /// </summary>
    public long MaxBytesInFlight { get; init; } = 32L << 20;

    /// <summary>Gets how many framed students may wait for a worker (default 256).</summary>
    public int QueueCapacity { get; init; } = 256;

    /// <summary>Gets the minimum time between two progress reports (default 250 ms); the final report is always sent.</summary>
    public Duration ProgressInterval { get; init; } = Duration.FromMilliseconds(250);

    /// <summary>
    /// Gets the most issues handed to the per-student callback over the whole run (default 1,000,000; 0 hands over
    /// none). Past it, students are still validated and counted (<see cref="BulkValidationSummary"/> stays exact) but
    /// their <see cref="StudentValidationResult.Issues"/> are empty and the issues are counted as dropped. The
    /// per-student cap is <see cref="PortfolioValidationOptions.MaxIssuesPerStudent"/> in <see cref="Validation"/>.
    /// </summary>
    public long MaxIssuesPerRun { get; init; } = 1_000_000;

    internal void Check()
    {
        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one thread is needed.");
        }

        if (BufferSize < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(BufferSize), BufferSize, "The buffer must hold at least 16 bytes.");
        }

        if (MaxStudentBytes < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStudentBytes), MaxStudentBytes, "A student may not be limited to fewer than 16 bytes.");
        }

        if (MaxIssuesPerRun < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIssuesPerRun), MaxIssuesPerRun, "The issue cap must not be negative.");
        }

        if (MaxObjectsPerStudent < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxObjectsPerStudent), MaxObjectsPerStudent, "A student must be allowed at least one object.");
        }

        if (MaxBytesInFlight < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytesInFlight), MaxBytesInFlight, "At least one byte must be allowed in flight.");
        }

        if (QueueCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(QueueCapacity), QueueCapacity, "The queue must hold at least one student.");
        }

        if (ProgressInterval < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ProgressInterval), ProgressInterval, "The progress interval must not be negative.");
        }
    }

    /// <summary>
    /// Gets the options of the policy rules, as <see cref="PortfolioValidator.Validate"/> takes them:
    /// <see cref="PortfolioValidationOptions.SubmissionYear"/>, <see cref="PortfolioValidationOptions.SubmissionTerm"/>,
    /// <see cref="PortfolioValidationOptions.SubmittingSchool"/>, <see cref="PortfolioValidationOptions.EnrolledTerms"/>
    /// and <see cref="PortfolioValidationOptions.AsOf"/> apply to every student of the file;
    /// <see cref="PortfolioValidationOptions.PathPrefix"/> is not used (paths are <c>$.students[i]…</c>).
    /// </summary>
    public PortfolioValidationOptions Validation { get; init; } = PortfolioValidationOptions.Default;
}
