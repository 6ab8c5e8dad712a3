using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a group-activity-time item (團體活動時間紀錄).</summary>
/// <param name="TypeCode">The group-activity type code (團體活動時間類別代碼).</param>
/// <param name="Organiser">The organising unit (辦理單位).</param>
/// <param name="Name">The activity name (團體活動內容名稱).</param>
/// <param name="HeldIn">The term it was held (活動學年度/學期).</param>
/// <param name="Periods">Number of periods (節數).</param>
public sealed record GroupActivityDetails(string? TypeCode, string? Organiser, string? Name, Term? HeldIn, int? Periods) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.GroupActivity;
}
