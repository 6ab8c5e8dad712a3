using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Validation;

public class RetentionTests
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");
    private static readonly LocalDate Graduated = new(2026, 6, 30);

    private static LearningPortfolio Leaver(EnrollmentEventKind last = EnrollmentEventKind.Graduate) =>
        new(Student(3), enrollment: new EnrollmentHistory(
        [
            new EnrollmentEvent(new LocalDate(2023, 8, 1), EnrollmentEventKind.Admit, School),
            new EnrollmentEvent(Graduated, last, School),
        ]));

    [Fact]
    public void Songshan_reports_a_leavers_portfolio_from_the_day_after_the_fifth_anniversary()
    {
        // 松山 八 with the statutory count (民法 第120條第2項、第121條): the leaving day 2026-06-30 is not counted.
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        var issue = Assert.Single(validator.Validate(Leaver(), new PortfolioValidationOptions { AsOf = new LocalDate(2031, 7, 1) }).Issues);
        Assert.Equal("SP-D002", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(["2026-06-30", "5", "2031-07-01", "songshan"], issue.Arguments);
        Assert.Equal("$.enrollment", issue.Path);
    }

    [Fact]
    public void Songshan_keeps_a_leavers_portfolio_through_the_fifth_anniversary()
    {
        // The anniversary itself is the last day of the period (民法 第121條第2項).
        var validator = new PortfolioValidator(PolicyPresets.Songshan);
        Assert.Empty(validator.Validate(Leaver(EnrollmentEventKind.Withdraw), new PortfolioValidationOptions { AsOf = new LocalDate(2031, 6, 30) }).Issues);
    }

    [Fact]
    public void Without_a_retention_period_or_a_date_or_for_a_current_student_nothing_is_reported()
    {
        var asOf = new PortfolioValidationOptions { AsOf = new LocalDate(2040, 1, 1) };
        Assert.Empty(new PortfolioValidator(PolicyPresets.National).Validate(Leaver(), asOf).Issues);
        Assert.Empty(new PortfolioValidator(PolicyPresets.Songshan).Validate(Leaver()).Issues);
        Assert.Empty(new PortfolioValidator(PolicyPresets.Songshan).Validate(Leaver(EnrollmentEventKind.Suspend), asOf).Issues);
        Assert.Equal(new LocalDate(2031, 7, 1), PolicyPresets.Songshan.RetentionEndsOn(Graduated));
        Assert.Null(PolicyPresets.National.RetentionEndsOn(Graduated));
    }
}
