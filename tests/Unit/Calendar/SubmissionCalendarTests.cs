using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Calendar;

public class SubmissionCalendarTests
{
    private static readonly Term T1141 = Term.Parse("114-1");
    private static readonly Term T1142 = Term.Parse("114-2");
    private static readonly LocalDate Ceremony1 = new(2026, 1, 20);
    private static readonly LocalDate Ceremony2 = new(2026, 6, 30);

    private static Instant Taipei(int y, int m, int d, int h = 0, int min = 0, int s = 0) =>
        new LocalDateTime(y, m, d, h, min, s).InZoneStrictly(TaipeiTime.Zone).ToInstant();

    private static SubmissionCalendar Calendar(params SubmissionWindow[] windows) =>
        new(windows, [new(T1141, Ceremony1), new(T1142, Ceremony2)]);

    private static SubmissionWindow Upload(Term term, Instant end, bool graduating = false) =>
        new(WindowKind.StudentUpload, term, Taipei(2025, 9, 1), end, forGraduatingGrade: graduating);

    private static string[] Codes(ValidationReport r) => r.Issues.Select(i => i.Code).ToArray();

    [Fact]
    public void Upload_open_through_the_fourteenth_day_after_the_closing_ceremony_is_consistent()
    {
        // Ceremony 2026-01-20; the window must stay open through 2026-02-03 (Taipei).
        Assert.Empty(CalendarValidator.Validate(Calendar(Upload(T1141, Taipei(2026, 2, 3, 23, 59, 59))), PolicyPresets.National).Issues);
        Assert.Empty(CalendarValidator.Validate(Calendar(Upload(T1141, Taipei(2026, 2, 4))), PolicyPresets.National).Issues);
    }

    [Fact]
    public void Upload_closing_at_the_start_of_the_fourteenth_day_is_too_soon()
    {
        var issue = Assert.Single(CalendarValidator.Validate(Calendar(Upload(T1141, Taipei(2026, 2, 3))), PolicyPresets.National).Issues);
        Assert.Equal("SP-W004", issue.Code);
        Assert.Equal(["114-1", "2026-02-03T00:00:00+08", "2026-01-20", "14", "2026-02-03"], issue.Arguments);
        Assert.Equal("$.windows[0].end", issue.Path);
    }

    [Fact]
    public void The_graduating_grades_second_semester_upload_window_is_exempt()
    {
        var graduating = Upload(T1142, Taipei(2026, 5, 31, 23, 59), graduating: true);
        var general = Upload(T1142, Taipei(2026, 7, 14, 23, 59));
        Assert.Empty(CalendarValidator.Validate(Calendar(general, graduating), PolicyPresets.National).Issues);

        // The exemption is for semester 2 only, and a policy may switch it off.
        var firstSemester = Upload(T1141, Taipei(2026, 1, 25), graduating: true);
        Assert.Equal(["SP-W004"], Codes(CalendarValidator.Validate(Calendar(firstSemester), PolicyPresets.National)));
        var noExemption = PolicyPresets.National with { Windows = new WindowPolicy(14, 3, 3, false) };
        Assert.Equal(["SP-W004"], Codes(CalendarValidator.Validate(Calendar(general, graduating), noExemption)));
    }

    [Fact]
    public void The_upload_gap_is_a_policy_value()
    {
        var calendar = Calendar(Upload(T1141, Taipei(2026, 1, 27, 23, 0)));
        Assert.Equal(["SP-W004"], Codes(CalendarValidator.Validate(calendar, PolicyPresets.National)));
        var sevenDays = PolicyPresets.National with { Windows = new WindowPolicy(7, 3, 3, true) };
        Assert.Empty(CalendarValidator.Validate(calendar, sevenDays).Issues);
    }

    [Fact]
    public void A_missing_closing_ceremony_is_a_warning()
    {
        var calendar = new SubmissionCalendar([Upload(T1141, Taipei(2026, 2, 4))]);
        var issue = Assert.Single(CalendarValidator.Validate(calendar, PolicyPresets.National).Issues);
        Assert.Equal("SP-W007", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
    }

    [Fact]
    public void Receipt_confirmation_over_three_calendar_days_is_consistent_and_two_days_is_too_short()
    {
        var three = new SubmissionWindow(WindowKind.ReceiptConfirmation, T1141, Taipei(2026, 3, 2, 8), Taipei(2026, 3, 4, 17));
        Assert.Empty(CalendarValidator.Validate(Calendar(three), PolicyPresets.National).Issues);
        var two = new SubmissionWindow(WindowKind.ReceiptConfirmation, T1141, Taipei(2026, 3, 2, 8), Taipei(2026, 3, 4));
        var issue = Assert.Single(CalendarValidator.Validate(Calendar(two), PolicyPresets.National).Issues);
        Assert.Equal("SP-W005", issue.Code);
        Assert.Equal(["114-1", "2", "3"], issue.Arguments);
    }

    [Fact]
    public void Receipt_confirmation_of_25_hours_over_three_calendar_dates_is_two_days_not_three()
    {
        // 作業要點: 收訖明細確認不得少於3日. Touching three dates is not enough: 25 hours are two started days.
        var window = new SubmissionWindow(WindowKind.ReceiptConfirmation, T1141, Taipei(2026, 3, 2, 23, 30), Taipei(2026, 3, 4, 0, 30));
        var issue = Assert.Single(CalendarValidator.Validate(Calendar(window), PolicyPresets.National).Issues);
        Assert.Equal("SP-W005", issue.Code);
        Assert.Equal(["114-1", "2", "3"], issue.Arguments);
    }

    [Fact]
    public void Receipt_confirmation_over_three_dates_passes_just_over_48_hours_and_fails_at_48()
    {
        var justOver = new SubmissionWindow(WindowKind.ReceiptConfirmation, T1141, Taipei(2026, 3, 2, 8), Taipei(2026, 3, 4, 8) + Duration.FromSeconds(1));
        Assert.Empty(CalendarValidator.Validate(Calendar(justOver), PolicyPresets.National).Issues);
        var exactly48 = new SubmissionWindow(WindowKind.ReceiptConfirmation, T1141, Taipei(2026, 3, 2, 8), Taipei(2026, 3, 4, 8));
        Assert.Equal(["SP-W005"], Codes(CalendarValidator.Validate(Calendar(exactly48), PolicyPresets.National)));
    }

    [Fact]
    public void A_window_ending_at_its_start_is_inconsistent_and_one_a_second_long_is_not()
    {
        var start = Taipei(2026, 3, 1);
        var zero = new SubmissionWindow(WindowKind.SchoolSubmission, T1142, start, start);
        Assert.Equal(["SP-W002"], Codes(CalendarValidator.Validate(Calendar(zero), PolicyPresets.National)));
        var oneSecond = new SubmissionWindow(WindowKind.SchoolSubmission, T1142, start, start + Duration.FromSeconds(1));
        Assert.Empty(CalendarValidator.Validate(Calendar(oneSecond), PolicyPresets.National).Issues);
    }

    [Fact]
    public void A_self_check_outside_its_window_is_inconsistent_and_one_at_the_end_is_not()
    {
        var start = Taipei(2026, 3, 1);
        var end = Taipei(2026, 3, 10);
        var atEnd = new SubmissionWindow(WindowKind.StudentSelection, T1142, start, end, selfCheck: end);
        Assert.Empty(CalendarValidator.Validate(Calendar(atEnd), PolicyPresets.National).Issues);
        var after = new SubmissionWindow(WindowKind.StudentSelection, T1142, start, end, selfCheck: end + Duration.FromSeconds(1));
        var issue = Assert.Single(CalendarValidator.Validate(Calendar(after), PolicyPresets.National).Issues);
        Assert.Equal("SP-W003", issue.Code);
        Assert.Equal("$.windows[0].selfCheck", issue.Path);
    }

    // 松山商家學生學習歷程檔案作業補充規定 四 「分別訂定其起訖時間及自我檢核時間」: the songshan preset requires a self-check time.
    [Fact]
    public void A_window_without_self_check_is_reported_under_songshan_and_not_under_the_national_preset()
    {
        var start = Taipei(2026, 3, 1);
        var end = Taipei(2026, 3, 10);
        var without = new SubmissionWindow(WindowKind.StudentSelection, T1142, start, end);
        Assert.True(PolicyPresets.Songshan.Windows.RequireSelfCheck);
        Assert.False(PolicyPresets.National.Windows.RequireSelfCheck);
        Assert.Empty(CalendarValidator.Validate(Calendar(without), PolicyPresets.National).Issues);
        var issue = Assert.Single(CalendarValidator.Validate(Calendar(without), PolicyPresets.Songshan).Issues);
        Assert.Equal("SP-W008", issue.Code);
        Assert.Equal("$.windows[0].selfCheck", issue.Path);
        Assert.Equal(["StudentSelection", "114-2"], issue.Arguments);
        Assert.DoesNotContain("StudentSelection", issue.MessageZh, StringComparison.Ordinal);

        var atStart = new SubmissionWindow(WindowKind.StudentSelection, T1142, start, end, selfCheck: start);
        Assert.Empty(CalendarValidator.Validate(Calendar(atStart), PolicyPresets.Songshan).Issues);
    }

    [Fact]
    public void The_self_check_requirement_is_read_from_a_policy_file()
    {
        var json = """{ "id": "x", "name": "x", "version": "1", "effectiveFrom": "2024-08-01", "basedOn": "national", "windows": { "requireSelfCheck": true } }""";
        Assert.True(PortfolioPolicy.Parse(json).Windows.RequireSelfCheck);
        Assert.Equal(14, PortfolioPolicy.Parse(json).Windows.UploadDaysAfterClosingCeremony);
        var bad = json.Replace("true }", "1 }", StringComparison.Ordinal);
        Assert.Equal("$.windows.requireSelfCheck", Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(bad)).Path);
    }

    [Fact]
    public void IsOpen_includes_both_ends_and_uses_the_graduating_window_only_for_graduating_students()
    {
        var start = Taipei(2026, 3, 1);
        var end = Taipei(2026, 3, 10);
        var calendar = Calendar(
            new SubmissionWindow(WindowKind.StudentSelection, T1142, start, end),
            new SubmissionWindow(WindowKind.StudentSelection, T1142, Taipei(2026, 4, 1), Taipei(2026, 4, 5), forGraduatingGrade: true));
        Assert.True(calendar.IsOpen(WindowKind.StudentSelection, T1142, start));
        Assert.True(calendar.IsOpen(WindowKind.StudentSelection, T1142, end));
        Assert.False(calendar.IsOpen(WindowKind.StudentSelection, T1142, end + Duration.FromSeconds(1)));
        Assert.False(calendar.IsOpen(WindowKind.StudentSelection, T1142, Taipei(2026, 4, 2)));
        Assert.True(calendar.IsOpen(WindowKind.StudentSelection, T1142, Taipei(2026, 4, 2), graduating: true));
        Assert.False(calendar.IsOpen(WindowKind.StudentUpload, T1142, start));
        Assert.Single(calendar.OpenAt(start));
        Assert.Equal(Ceremony2, calendar.GetClosingCeremony(T1142));
        Assert.True(calendar.TryGetWindow(WindowKind.StudentSelection, T1142, true, out var w));
        Assert.True(w.ForGraduatingGrade);
    }

    [Fact]
    public void The_window_action_check_reports_outside_and_missing_windows()
    {
        var calendar = Calendar(new SubmissionWindow(WindowKind.StudentUpload, T1141, Taipei(2025, 9, 1), Taipei(2026, 2, 4)));
        Assert.Null(WindowChecks.Action(calendar, WindowKind.StudentUpload, T1141, Taipei(2026, 2, 4), false, "$", null));
        Assert.Equal("SP-W001", WindowChecks.Action(calendar, WindowKind.StudentUpload, T1141, Taipei(2026, 2, 4, 0, 0, 1), false, "$", null)!.Value.Rule.Code);
        Assert.Equal("SP-W006", WindowChecks.Action(calendar, WindowKind.StudentSelection, T1141, Taipei(2026, 2, 1), false, "$", null)!.Value.Rule.Code);
    }

    [Fact]
    public void Two_windows_of_the_same_kind_term_and_audience_are_rejected()
    {
        var a = new SubmissionWindow(WindowKind.StudentUpload, T1141, Taipei(2025, 9, 1), Taipei(2026, 2, 4));
        Assert.Throws<ArgumentException>(() => new SubmissionCalendar([a, a with { }]));
        Assert.Throws<ArgumentException>(() => new SubmissionCalendar([a], [new(T1141, Ceremony1), new(T1141, Ceremony1)]));
        Assert.Throws<ArgumentException>(() => new SubmissionWindow(WindowKind.StudentUpload, default, Taipei(2025, 9, 1), Taipei(2026, 2, 4)));
    }

    [Fact]
    public void Windows_print_in_taipei_time()
    {
        var w = new SubmissionWindow(WindowKind.StudentUpload, T1141, Instant.FromUtc(2025, 9, 1, 0, 0), Instant.FromUtc(2026, 2, 3, 15, 59, 59));
        Assert.Equal("StudentUpload 114-1 2025-09-01T08:00:00+08 – 2026-02-03T23:59:59+08", w.ToString());
    }
}
