using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a university or college advanced-placement course item (大學及技專校院先修課程紀錄).</summary>
/// <param name="Programme">The programme or project (計畫專案).</param>
/// <param name="Organiser">The offering institution (開設單位).</param>
/// <param name="CourseName">The course name (課程名稱).</param>
/// <param name="StartDate">The start date (開始日期).</param>
/// <param name="EndDate">The end date (結束日期).</param>
/// <param name="Credits">The credits (學分數).</param>
/// <param name="TotalHours">The total hours (總時數).</param>
public sealed record AdvancedCourseDetails(string? Programme, string? Organiser, string? CourseName, LocalDate? StartDate, LocalDate? EndDate, decimal? Credits, decimal? TotalHours) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.AdvancedCourse;
}
