using NodaTime;
using NodaTime.Text;

namespace StudentPortfolio.Calendar;

/// <summary>The Asia/Taipei time zone, in which every school date and window is defined.</summary>
public static class TaipeiTime
{
    /// <summary>Gets the Asia/Taipei zone from the embedded TZDB (no daylight saving since 1979; UTC+8).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Taipei"];

    /// <summary>Returns the instant at which <paramref name="date"/> starts in Taipei.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The start of that day in Asia/Taipei.</returns>
    public static Instant StartOfDay(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

    /// <summary>Returns the instant of a Taipei local date and time.</summary>
    /// <param name="local">The local date and time in Asia/Taipei.</param>
    /// <returns>The instant (UTC+8; a local time skipped by a historical clock change maps to the later side).</returns>
    public static Instant InstantOf(LocalDateTime local) => Zone.AtLeniently(local).ToInstant();

    /// <summary>Returns the Taipei calendar date of <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date in Asia/Taipei.</returns>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Returns <paramref name="instant"/> as a Taipei zoned date-time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The zoned date-time in Asia/Taipei.</returns>
    public static ZonedDateTime InTaipei(Instant instant) => instant.InZone(Zone);

    /// <summary>Formats an instant as Taipei local time with its offset, e.g. <c>2026-02-03T23:59:59+08</c>, for messages.</summary>
    internal static string Format(Instant instant) => OffsetDateTimePattern.GeneralIso.Format(instant.InZone(Zone).ToOffsetDateTime());

    /// <summary>Returns the last Taipei date on which a window ending (inclusively) at <paramref name="end"/> is open for some time: a window ending exactly at midnight is not open on the day that starts then.</summary>
    internal static LocalDate LastOpenDay(Instant end) => DateOf(end - Duration.Epsilon);
}
