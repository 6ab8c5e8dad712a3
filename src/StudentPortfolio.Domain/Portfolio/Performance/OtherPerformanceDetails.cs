using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of an "other" multi-performance item (其他多元表現紀錄).</summary>
/// <param name="Name">The name (名稱).</param>
/// <param name="Organiser">The organiser (主辦單位).</param>
/// <param name="StartDate">The start date (開始日期).</param>
/// <param name="EndDate">The end date (結束日期).</param>
/// <param name="Hours">The hours (時數).</param>
public sealed record OtherPerformanceDetails(string? Name, string? Organiser, LocalDate? StartDate, LocalDate? EndDate, decimal? Hours) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.Other;
}
