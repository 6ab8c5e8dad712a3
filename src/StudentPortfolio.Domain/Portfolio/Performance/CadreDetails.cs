using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a cadre-experience item (幹部經歷暨事蹟紀錄).</summary>
/// <param name="Unit">The unit (單位名稱).</param>
/// <param name="StartDate">The start date (開始日期).</param>
/// <param name="EndDate">The end date (結束日期).</param>
/// <param name="Title">The role (擔任職務).</param>
/// <param name="Level">The level (幹部等級).</param>
public sealed record CadreDetails(string? Unit, LocalDate? StartDate, LocalDate? EndDate, string? Title, CadreLevel? Level) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.Cadre;
}
