using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a workplace-learning item (職場學習紀錄).</summary>
/// <param name="TypeCode">The workplace-learning type code (職場學習類別代碼).</param>
/// <param name="Organisation">The workplace (職場學習單位).</param>
/// <param name="JobTitle">The job title (職場學習職稱).</param>
/// <param name="StartDate">The start date (開始日期).</param>
/// <param name="EndDate">The end date (結束日期).</param>
/// <param name="Hours">The hours (時數).</param>
public sealed record WorkplaceLearningDetails(string? TypeCode, string? Organisation, string? JobTitle, LocalDate? StartDate, LocalDate? EndDate, decimal? Hours) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.WorkplaceLearning;
}
