using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a works item (作品成果紀錄).</summary>
/// <param name="Name">The name of the work (名稱).</param>
/// <param name="Date">The completion or publication date (日期).</param>
public sealed record WorkDetails(string? Name, LocalDate? Date) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.Works;
}
