using System.Globalization;
using System.Text.Json;
using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Json;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Json;

public class ValidationReportJsonTests
{
    private static readonly StudentKey Student = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));

    private static ValidationReport Report() => new(
    [
        new ValidationIssue(ContentRules.DescriptionTooLong, Student, RecordId.Parse("O1"), "$.students[0].outcomes[0].description", ["O1", "120", "100"]),
        new ValidationIssue(ContentRules.DescriptionTooLong, Student, RecordId.Parse("O2"), "$.students[0].outcomes[0].description", ["O2", "130", "100"]),
        new ValidationIssue(QuotaRules.OutcomeUploadsBelowMinimum, Student, null, "$.students[0]", ["114-1", "1", "3"]),
    ]);

    [Fact]
    public void Issues_group_by_json_path_like_aspnet_model_state()
    {
        var errors = Report().ToErrorDictionary(CultureInfo.InvariantCulture);
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors["$.students[0].outcomes[0].description"].Length);
        Assert.Equal(Report().Issues.First(i => i.Path == "$.students[0]").Message, Assert.Single(errors["$.students[0]"]));
    }

    [Fact]
    public void Warnings_can_be_left_out_of_the_dictionary()
    {
        var report = Report();
        var errors = report.ToErrorDictionary(CultureInfo.InvariantCulture, Severity.Error);
        Assert.Equal(report.Issues.Where(i => i.Severity == Severity.Error).Select(i => i.Path).Distinct(), errors.Keys);
    }

    [Fact]
    public void Chinese_messages_for_a_zh_culture()
    {
        var errors = Report().ToErrorDictionary(CultureInfo.GetCultureInfo("zh-TW"));
        Assert.Equal(Report().Issues[0].MessageZh, errors[Report().Issues[0].Path][0]);
    }

    [Fact]
    public void Problem_details_carry_the_rfc_9457_members_and_the_rule_codes()
    {
        var report = Report();
        var problem = report.ToProblemDetails("/api/students/1", CultureInfo.InvariantCulture);
        var json = JsonSerializer.Serialize(problem, StudentPortfolioJsonTypeInfo.ValidationProblem);
        Assert.DoesNotContain("A123456789", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(ValidationProblem.DefaultType, root.GetProperty("type").GetString());
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.Equal("/api/students/1", root.GetProperty("instance").GetString());
        Assert.Equal($"{report.ErrorCount} error(s), {report.WarningCount} warning(s).", root.GetProperty("detail").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Equal(2, root.GetProperty("errors").GetProperty("$.students[0].outcomes[0].description").GetArrayLength());
        var issues = root.GetProperty("issues");
        Assert.Equal(3, issues.GetArrayLength());
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(report.Issues[i].Code, issues[i].GetProperty("code").GetString());
            Assert.Equal(report.Issues[i].Path, issues[i].GetProperty("path").GetString());
            Assert.Equal(report.Issues[i].Severity == Severity.Error ? "error" : "warning", issues[i].GetProperty("severity").GetString());
            Assert.Equal("A12****789", issues[i].GetProperty("student").GetProperty("nationalId").GetString());
            Assert.Equal(report.Issues[i].RecordId?.ToString(), issues[i].TryGetProperty("recordId", out var r) ? r.GetString() : null);
        }

        Assert.Contains(issues.EnumerateArray(), i => i.GetProperty("code").GetString() == ContentRules.DescriptionTooLong.Code);
        Assert.Contains(issues.EnumerateArray(), i => i.GetProperty("code").GetString() == QuotaRules.OutcomeUploadsBelowMinimum.Code);
    }

    [Fact]
    public void Problem_details_read_back_through_the_library_context_except_the_masked_student()
    {
        var report = new ValidationReport([new ValidationIssue(ContentRules.DescriptionTooLong, null, RecordId.Parse("O1"), "$.x", ["O1", "120", "100"])]);
        var problem = report.ToProblemDetails(culture: CultureInfo.InvariantCulture, status: 422);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(problem, StudentPortfolioJsonTypeInfo.ValidationProblem), StudentPortfolioJsonTypeInfo.ValidationProblem)!;
        Assert.Equal(422, back.Status);
        Assert.Equal(problem.Issues, back.Issues);
        Assert.Equal(problem.Errors["$.x"], back.Errors["$.x"]);
        var errors = JsonSerializer.Serialize(report.ToErrorDictionary(CultureInfo.InvariantCulture), StudentPortfolioJsonTypeInfo.ErrorDictionary);
        Assert.StartsWith("{\"$.x\":[", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_status_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Report().ToProblemDetails(status: 99));
        Assert.Throws<ArgumentOutOfRangeException>(() => Report().ToProblemDetails(status: 600));
    }
}
