using NodaTime;

namespace StudentPortfolio.Bulk;

/// <summary>A progress report of a bulk validation run (檢核進度).</summary>
/// <param name="BytesRead">Bytes read from the input so far.</param>
/// <param name="TotalBytes">The input's length when known (a file or a seekable stream), otherwise <see langword="null"/>.</param>
/// <param name="StudentsRead">Students framed so far.</param>
/// <param name="StudentsValidated">Students validated so far.</param>
/// <param name="Elapsed">Time since the run started.</param>
public readonly record struct BulkProgress(long BytesRead, long? TotalBytes, long StudentsRead, long StudentsValidated, Duration Elapsed)
{
    /// <summary>Gets the fraction of the input read (0–1), when the total is known.</summary>
    public double? Fraction => TotalBytes is > 0 and var total ? Math.Min(1.0, (double)BytesRead / total) : null;
}
