using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Validation;

public class PortfolioValidatorEnrollmentTests
{
    private static readonly PortfolioValidator Validator = new(PolicyPresets.National);

    private static LearningPortfolio OldSchoolBatch() =>
        new(Student(OldSchool), outcomes: [Outcome("O9", "113-2", OldSchool)], enrollment: TransferHistory());

    [Fact]
    public void Record_submitted_by_the_wrong_school_is_reported_when_the_submitting_school_is_given()
    {
        var options = new PortfolioValidationOptions { SubmittingSchool = OldSchool, SubmissionTerm = T("113-2") };

        var report = Validator.Validate(OldSchoolBatch(), options);

        Assert.Contains(report.Issues, i => i.Code == "SP-E002" && i.Path == "$.outcomes[0]");
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Without_a_submitting_school_only_the_enrollment_data_rules_run()
    {
        var report = Validator.Validate(OldSchoolBatch());

        Assert.DoesNotContain(report.Issues, i => i.Code == "SP-E002");
    }

    [Fact]
    public void Impossible_enrollment_sequence_is_reported_by_the_portfolio_validator()
    {
        var history = new EnrollmentHistory([Admit(D(2024, 8, 1), OldSchool), E(D(2024, 9, 1), EnrollmentEventKind.Resume, OldSchool)]);
        var portfolio = new LearningPortfolio(Student(OldSchool), enrollment: history);

        var report = Validator.Validate(portfolio, new PortfolioValidationOptions { PathPrefix = "$.students[4]" });

        var issue = Assert.Single(report.Issues, i => i.Code == "SP-E001");
        Assert.StartsWith("$.students[4].enrollment[1]", issue.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_file_can_switch_the_repeated_year_reading()
    {
        var policy = PortfolioPolicy.Parse("""
            { "id": "x", "name": "x", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national",
              "enrollment": { "repeatedYearHasFreshQuota": false } }
            """);

        Assert.False(policy.Enrollment.RepeatedYearHasFreshQuota);
        Assert.True(policy.Enrollment.CountTransferYearAcrossSchools);
        Assert.Equal(EnrollmentPolicy.Default, PolicyPresets.National.Enrollment);
    }

    [Theory]
    [InlineData("""{ "repeatedYearHasFreshQuota": "no" }""", "$.enrollment.repeatedYearHasFreshQuota")]
    [InlineData("""{ "freshQuota": true }""", "$.enrollment.freshQuota")]
    public void Malformed_enrollment_section_names_the_field(string section, string path)
    {
        var json = $$"""
            { "id": "x", "name": "x", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national",
              "enrollment": {{section}} }
            """;

        var ex = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));

        Assert.Equal(path, ex.Path);
        Assert.Equal(2, ex.Position?.Line);
    }
}
