using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Policies;

/// <summary>
/// A school's limit on how many items a student uploads to the school platform (上傳件數) per semester or per
/// academic year: an optional minimum and an optional maximum.
/// </summary>
/// <remarks>
/// The national directive leaves upload counts to the school and says schools must not force a specific count,
/// so a minimum is reported with <see cref="MinimumSeverity"/> (a warning in the shipped presets). Counts are taken
/// in the academic year or term in which the work happened (the record's term). Immutable and thread-safe.
/// </remarks>
public sealed record UploadLimit
{
    /// <summary>Creates an upload limit.</summary>
    /// <param name="minimum">The minimum count, or <see langword="null"/> for none.</param>
    /// <param name="maximum">The maximum count, or <see langword="null"/> for none.</param>
    /// <param name="period">The period counted.</param>
    /// <param name="minimumSeverity">How a count below the minimum is reported.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the minimum exceeds the maximum, or an enum value is undefined.</exception>
    public UploadLimit(int? minimum, int? maximum, QuotaPeriod period, Severity minimumSeverity = Severity.Warning)
    {
        if (minimum is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "The minimum must be 0 or more.");
        }

        if (maximum is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "The maximum must be 0 or more.");
        }

        if (minimum is not null && maximum is not null && minimum > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"The minimum must not exceed the maximum ({maximum}).");
        }

        Minimum = minimum;
        Maximum = maximum;
        Period = Guard.Defined(period);
        MinimumSeverity = Guard.Defined(minimumSeverity);
    }

    /// <summary>Gets the limit that sets no minimum and no maximum (per semester).</summary>
    public static UploadLimit None { get; } = new(null, null, QuotaPeriod.Semester);

    /// <summary>Gets the minimum count, if any.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the maximum count, if any.</summary>
    public int? Maximum { get; }

    /// <summary>Gets the period counted.</summary>
    public QuotaPeriod Period { get; }

    /// <summary>Gets the severity of a count below <see cref="Minimum"/>.</summary>
    public Severity MinimumSeverity { get; }
}
