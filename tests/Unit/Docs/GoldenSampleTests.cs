using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Docs;

/// <summary>The README's sample export carries exactly one deliberate problem, whichever path validates it.</summary>
public class GoldenSampleTests
{
    [Theory]
    [InlineData("national")]
    [InlineData("baihe")]
    [InlineData("songshan")]
    public void Golden_sample_has_only_its_deliberate_SP_C006_errors_on_the_object_path(string preset)
    {
        using var file = File.OpenRead(Path.Combine(RepositoryRoot.Find(), "samples", "data", "submission-114-1.json"));
        var read = SubmissionReader.ReadDocument(file, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var validator = new PortfolioValidator(PolicyPresets.Get(preset));

        var errors = read.Document!.Students
            .SelectMany((s, i) => validator.Validate(s.ToPortfolio(), new PortfolioValidationOptions { PathPrefix = $"$.students[{i}]" }).Issues)
            .Where(i => i.Severity == Severity.Error)
            .Select(i => $"{i.Code} {i.Path}")
            .ToArray();

        Assert.Equal(
            ["SP-C006 $.students[2].performances[2].details.name", "SP-C006 $.students[2].performances[2].details.resultDate"],
            errors);
    }
}
