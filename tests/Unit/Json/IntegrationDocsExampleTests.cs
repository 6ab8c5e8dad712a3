using System.Globalization;
using System.Text.Json;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Json;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>The System.Text.Json example of docs/integration.md, with the outputs its comments show.</summary>
public class IntegrationDocsExampleTests
{
    [Fact]
    public void The_documented_outputs_are_what_the_library_writes()
    {
        Assert.Equal("\"114-1\"", JsonSerializer.Serialize(Term.Parse("114-1")));
        Assert.Equal("\"A12****789\"", JsonSerializer.Serialize(NationalId.Parse("A123456789")));

        var row = new StudentRow(NationalId.Parse("A123456789"), Term.Parse("114-1"));
        Assert.Equal("""{"Id":"A12****789","Term":"114-1"}""", JsonSerializer.Serialize(row, RowContext.Default.StudentRow));
        Assert.Equal("""{"Id":"A123456789","Term":"114-1"}""", JsonSerializer.Serialize(row, StoredRowContext.Default.StudentRow));
        var options = new JsonSerializerOptions().AddStudentPortfolioConverters(NationalIdJsonHandling.Unmasked);
        Assert.Equal("""{"Id":"A123456789","Term":"114-1"}""", JsonSerializer.Serialize(row, options));

        var report = new ValidationReport([new ValidationIssue(ContentRules.DescriptionEmpty, null, RecordId.Parse("O1"), "$.students[0].outcomes[0].description", ["O1"])]);
        var errors = report.ToErrorDictionary(CultureInfo.GetCultureInfo("en"));
        Assert.Equal(["The description of O1 must not be empty."], errors["$.students[0].outcomes[0].description"]);
        var problem = report.ToProblemDetails(instance: "/students/42", culture: CultureInfo.GetCultureInfo("zh-TW"));
        var json = JsonSerializer.Serialize(problem, StudentPortfolioJsonTypeInfo.ValidationProblem);
        Assert.StartsWith("""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"detail":"1 error(s), 0 warning(s).","instance":"/students/42","errors":{"$.students[0].outcomes[0].description":[""", json, StringComparison.Ordinal);
        Assert.EndsWith("\",\"recordId\":\"O1\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("\"issues\":[{\"code\":\"SP-C001\",\"severity\":\"error\",\"path\":\"$.students[0].outcomes[0].description\",\"message\":", json, StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(report.Issues[0].MessageZh), json, StringComparison.Ordinal);
    }
}
