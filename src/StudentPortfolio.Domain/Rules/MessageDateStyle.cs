namespace StudentPortfolio.Rules;

/// <summary>How dates and times appear in rule messages (always in Taipei local time).</summary>
public enum MessageDateStyle
{
    /// <summary>Western calendar: <c>2026-01-20</c>, <c>2026-01-20 08:00</c>.</summary>
    Gregorian = 1,

    /// <summary>Republic of China (民國) calendar as the regulations write it: <c>115年1月20日</c>, <c>115年1月20日 08:00</c>.</summary>
    Roc = 2,
}
