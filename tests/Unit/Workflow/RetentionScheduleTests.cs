using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.UnitTests.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

public class RetentionScheduleTests
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");
    private static readonly SchoolCode Other = SchoolCode.Parse("191305");
    private static readonly Period FiveYears = Period.FromYears(5);

    private static EnrollmentHistory History(params (int Y, int M, int D, EnrollmentEventKind Kind)[] events) =>
        new(events.Select(e => new EnrollmentEvent(new LocalDate(e.Y, e.M, e.D), e.Kind, School)));

    private static readonly EnrollmentHistory Graduated = History((2023, 8, 1, EnrollmentEventKind.Admit), (2026, 7, 31, EnrollmentEventKind.Graduate));

    [Fact]
    public void Graduate_of_2026_07_31_is_still_retained_on_the_fifth_anniversary()
    {
        // 民法 第120條第2項、第121條, 行政程序法 第48條: the leaving day is not counted, so 2031-07-31 is the last day.
        var decision = RetentionSchedule.Decide(Build.Student().Key, Graduated, FiveYears, new LocalDate(2031, 7, 31));
        Assert.False(decision.IsDeletable);
        Assert.Equal(new LocalDate(2031, 8, 1), decision.DeletableFrom);
        Assert.Equal(EnrollmentEventKind.Graduate, decision.LeftBy);
    }

    [Fact]
    public void Graduate_of_2026_07_31_is_deletable_from_2031_08_01() =>
        Assert.True(RetentionSchedule.Decide(Build.Student().Key, Graduated, FiveYears, new LocalDate(2031, 8, 1)).IsDeletable);

    [Fact]
    public void Boundary_agrees_with_the_policy_and_the_SP_D002_rule() =>
        Assert.Equal(PolicyPresets.Songshan.RetentionEndsOn(new LocalDate(2026, 7, 31)), RetentionSchedule.Decide(Build.Student().Key, Graduated, RetentionSchedule.PeriodOf(PolicyPresets.Songshan), new LocalDate(2026, 8, 1)).DeletableFrom);

    [Fact]
    public void Leaving_on_29_february_starts_the_count_on_1_march()
    {
        var history = History((2024, 2, 29, EnrollmentEventKind.Withdraw));
        Assert.Equal(new LocalDate(2029, 3, 1), RetentionSchedule.Decide(Build.Student().Key, history, FiveYears, new LocalDate(2029, 3, 1)).DeletableFrom);
    }

    [Theory]
    [InlineData(EnrollmentEventKind.Withdraw, true)]
    [InlineData(EnrollmentEventKind.TransferOut, true)]
    [InlineData(EnrollmentEventKind.Graduate, true)]
    [InlineData(EnrollmentEventKind.Suspend, false)]
    [InlineData(EnrollmentEventKind.Admit, false)]
    public void Only_withdrawal_transfer_out_and_graduation_count_as_leaving(EnrollmentEventKind kind, bool left) =>
        Assert.Equal(left, RetentionSchedule.Decide(Build.Student().Key, History((2020, 1, 1, kind)), FiveYears, new LocalDate(2030, 1, 1)).IsDeletable);

    [Fact]
    public void Student_who_came_back_after_withdrawing_has_not_left()
    {
        var history = History((2020, 1, 1, EnrollmentEventKind.Withdraw), (2021, 2, 1, EnrollmentEventKind.Admit));
        var decision = RetentionSchedule.Decide(Build.Student().Key, history, FiveYears, new LocalDate(2040, 1, 1));
        Assert.Null(decision.LeftOn);
        Assert.False(decision.IsDeletable);
    }

    [Fact]
    public void Only_the_given_schools_events_count()
    {
        var history = new EnrollmentHistory([
            new EnrollmentEvent(new LocalDate(2020, 1, 1), EnrollmentEventKind.TransferOut, School, Other),
            new EnrollmentEvent(new LocalDate(2020, 1, 2), EnrollmentEventKind.TransferIn, Other, School),
        ]);
        Assert.True(RetentionSchedule.Decide(Build.Student().Key, history, FiveYears, new LocalDate(2026, 1, 1), School).IsDeletable);
        Assert.False(RetentionSchedule.Decide(Build.Student().Key, history, FiveYears, new LocalDate(2026, 1, 1)).IsDeletable);
    }

    [Fact]
    public void Without_a_retention_period_nothing_is_ever_deletable()
    {
        var decision = RetentionSchedule.Decide(Build.Student().Key, Graduated, null, new LocalDate(2999, 1, 1));
        Assert.Null(decision.DeletableFrom);
        Assert.False(decision.IsDeletable);
    }

    [Fact]
    public void Policy_presets_give_five_years_for_songshan_and_none_nationally()
    {
        Assert.Equal(Period.FromYears(5), RetentionSchedule.PeriodOf(PolicyPresets.Songshan));
        Assert.Null(RetentionSchedule.PeriodOf(PolicyPresets.National));
    }

    [Fact]
    public void Deletable_on_lists_only_departed_students_past_retention()
    {
        var left = new LearningPortfolio(Build.Student(), enrollment: Graduated);
        var stays = new LearningPortfolio(new StudentBasicData(NationalId.Parse("B123456780"), new LocalDate(2008, 9, 9), "李", School, "S2", "301", 3, "商三甲", 1), enrollment: History((2023, 8, 1, EnrollmentEventKind.Admit)));
        var list = RetentionSchedule.DeletableOn([stays, left], RetentionSchedule.PeriodOf(PolicyPresets.Songshan), new LocalDate(2031, 8, 1));
        Assert.Equal(left.Key, Assert.Single(list).Student);
        Assert.Empty(RetentionSchedule.DeletableOn([stays, left], RetentionSchedule.PeriodOf(PolicyPresets.Songshan), new LocalDate(2031, 7, 31)));
    }

    [Fact]
    public void Negative_or_time_based_period_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => RetentionSchedule.Decide(Build.Student().Key, Graduated, Period.FromYears(-1), new LocalDate(2030, 1, 1)));
        Assert.Throws<ArgumentException>(() => RetentionSchedule.Decide(Build.Student().Key, Graduated, Period.FromHours(5), new LocalDate(2030, 1, 1)));
    }
}
