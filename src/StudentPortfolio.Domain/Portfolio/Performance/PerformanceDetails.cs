namespace StudentPortfolio.Portfolio.Performance;

/// <summary>
/// The category-specific fields of a multi-performance item. The hierarchy is closed: one sealed subtype per
/// <see cref="PerformanceCategory"/>. Fields are nullable because imported data may lack them; which ones are
/// required is a validator rule, so missing fields are reported rather than thrown.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record PerformanceDetails
{
    private protected PerformanceDetails()
    {
    }

    /// <summary>Gets the category these details belong to.</summary>
    public abstract PerformanceCategory Category { get; }
}
