using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Policies;

/// <summary>An accepted evidence-file media type and its size limit in bytes.</summary>
/// <param name="MediaType">The accepted media type, e.g. <c>application/pdf</c>.</param>
/// <param name="MaxBytes">The largest accepted size in bytes (national: 4 MiB for pdf/jpg/png, 10 MiB for mp3/mp4).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MediaRule(MediaType MediaType, long MaxBytes)
{
    /// <summary>Gets the accepted media type.</summary>
    public MediaType MediaType { get; } = MediaType.IsDefault
        ? throw new ArgumentException("The media type must not be the default value.", nameof(MediaType))
        : MediaType;

    /// <summary>Gets the largest accepted size in bytes, 1 or more.</summary>
    public long MaxBytes { get; } = MaxBytes >= 1
        ? MaxBytes
        : throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "The size limit must be 1 byte or more.");
}
