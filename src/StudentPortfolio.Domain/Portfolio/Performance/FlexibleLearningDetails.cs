using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a flexible-learning-time item (彈性學習時間紀錄).</summary>
/// <param name="TypeCode">The flexible-learning type code (彈性學習時間類別種類代碼).</param>
/// <param name="Name">The content name (內容開設名稱).</param>
/// <param name="Organiser">The organising unit (開設單位).</param>
/// <param name="OfferedIn">The term it was offered (開設學年度/學期).</param>
/// <param name="PeriodsPerWeek">Periods per week (每週節數).</param>
/// <param name="Weeks">Number of weeks (開設週數).</param>
public sealed record FlexibleLearningDetails(string? TypeCode, string? Name, string? Organiser, Term? OfferedIn, int? PeriodsPerWeek, int? Weeks) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.FlexibleLearning;
}
