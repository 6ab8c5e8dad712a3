using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a service-learning item (服務學習紀錄).</summary>
/// <param name="Name">The service name (服務名稱).</param>
/// <param name="Organisation">The serving organisation (服務單位).</param>
/// <param name="StartDate">The start date (開始日期).</param>
/// <param name="EndDate">The end date (結束日期).</param>
/// <param name="Hours">The hours (時數).</param>
public sealed record ServiceLearningDetails(string? Name, string? Organisation, LocalDate? StartDate, LocalDate? EndDate, decimal? Hours) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.ServiceLearning;
}
