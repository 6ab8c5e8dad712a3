using NodaTime;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.UnitTests.Calendar;

public class SubmissionWindowTests
{
    private static readonly Term T1141 = Term.Parse("114-1");

    [Fact]
    public void A_window_from_taipei_dates_is_open_for_both_whole_days_and_not_a_moment_longer()
    {
        var window = SubmissionWindow.FromTaipeiDates(WindowKind.StudentUpload, T1141, new LocalDate(2026, 1, 20), new LocalDate(2026, 1, 26));

        // 2026-01-20 00:00 Taipei is 2026-01-19 16:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 1, 19, 16, 0), window.Start);
        Assert.True(window.Contains(Instant.FromUtc(2026, 1, 19, 16, 0)));
        Assert.False(window.Contains(Instant.FromUtc(2026, 1, 19, 16, 0) - Duration.Epsilon));
        Assert.True(window.Contains(Instant.FromUtc(2026, 1, 26, 16, 0) - Duration.Epsilon));
        Assert.False(window.Contains(Instant.FromUtc(2026, 1, 26, 16, 0)));
        Assert.Equal(new LocalDate(2026, 1, 26), TaipeiTime.DateOf(window.End));
        Assert.Null(window.SelfCheck);
        Assert.False(window.ForGraduatingGrade);
    }

    [Fact]
    public void A_one_day_window_with_a_self_check_day_and_the_graduating_grade_flag()
    {
        var day = new LocalDate(2026, 6, 1);

        var window = SubmissionWindow.FromTaipeiDates(WindowKind.StudentUpload, Term.Parse("114-2"), day, day, day, forGraduatingGrade: true);

        Assert.Equal(TaipeiTime.StartOfDay(day), window.SelfCheck);
        Assert.True(window.ForGraduatingGrade);
        Assert.Equal(Duration.FromDays(1) - Duration.Epsilon, window.End - window.Start);
    }

    [Fact]
    public void A_window_from_taipei_local_times_keeps_the_hours()
    {
        var window = SubmissionWindow.FromTaipeiTimes(
            WindowKind.TeacherCertification, T1141, new LocalDateTime(2026, 1, 20, 8, 0), new LocalDateTime(2026, 1, 26, 17, 0), new LocalDateTime(2026, 1, 23, 12, 0));

        Assert.Equal(Instant.FromUtc(2026, 1, 20, 0, 0), window.Start);
        Assert.Equal(Instant.FromUtc(2026, 1, 26, 9, 0), window.End);
        Assert.Equal(Instant.FromUtc(2026, 1, 23, 4, 0), window.SelfCheck);
        Assert.True(window.Contains(window.End));
        Assert.False(window.Contains(window.End + Duration.Epsilon));
    }
}
