using StudentPortfolio.Policies;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Policies;

public class DocsExampleTests
{
    [Fact]
    public void The_readme_example_loads_a_school_file_and_validates_a_portfolio()
    {
        // The policy file and the calls are those of the README section in docs/policies.md.
        var docs = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "policies.md"));
        var start = docs.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        var path = Path.Combine(Path.GetTempPath(), $"myschool-policy-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, json);
        try
        {
            var policy = PortfolioPolicy.ReadFile(path);
            Assert.Equal("myschool", policy.Id);
            Assert.Equal(5, policy.RetentionYearsAfterLeaving);

            var validator = new PortfolioValidator(policy);
            var report = validator.Validate(PortfolioOf(Outcomes(7)));
            Assert.Equal(["SP-Q001", "SP-Q003"], report.Issues.Select(i => i.Code));
            var first = report.Issues[0];
            Assert.Equal("SP-Q001 Error A12****789/2008-05-01 $.outcomes: 114 學年度勾選提交中央資料庫的課程學習成果 7 件，超過上限 6 件。", $"{first.Code} {first.Severity} {first.Student} {first.Path}: {first.MessageZh}");
            Assert.Contains(first.MessageZh, docs, StringComparison.Ordinal);
            Assert.Throws<PortfolioValidationException>(() => validator.ValidateAndThrow(PortfolioOf(Outcomes(7))));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void The_documented_error_message_is_the_one_the_loader_produces()
    {
        const string json = "{\n  \"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"effectiveFrom\": \"2025-08-01\",\n  \"basedOn\": \"national\",\n  \"outcomes\": {\n    \"selectedPerYear\": -1\n  }\n}";
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));
        var docs = System.IO.File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "policies.md"));
        Assert.Contains("myschool-policy.json: " + e.Message, docs, StringComparison.Ordinal);
    }
}
