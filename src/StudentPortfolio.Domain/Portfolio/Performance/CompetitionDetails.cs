using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a competition item (競賽參與紀錄).</summary>
/// <param name="Name">The competition name (競賽名稱).</param>
/// <param name="Event">The event or item (項目).</param>
/// <param name="LevelCode">The competition level code (競賽等級代碼); national code values are not published.</param>
/// <param name="Award">The award (獎項).</param>
/// <param name="ResultDate">The date results were announced (結果公布日期).</param>
/// <param name="IsTeam">Whether it was a team entry (團體參與), <see langword="null"/> when unknown.</param>
public sealed record CompetitionDetails(string? Name, string? Event, string? LevelCode, string? Award, LocalDate? ResultDate, bool? IsTeam) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.Competition;
}
