using System.Text;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>The shipped schemas and the data dictionary are generated from the field table (<see cref="SubmissionFields"/>).</summary>
public class FieldTableTests
{
    private const string Regenerate = "Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj";

    [Theory]
    [InlineData("submission")]
    [InlineData("exchange-package")]
    public void Shipped_schema_is_the_one_generated_from_the_field_table(string name)
    {
        var expected = name == "submission" ? SchemaGenerator.Submission() : SchemaGenerator.ExchangePackage();
        var path = RepositoryFiles.PathOf("src/StudentPortfolio.Domain/Export/Schema/" + name + ".schema.json");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(expected == File.ReadAllText(path), $"{name}.schema.json is out of date with the field table. {Regenerate}");
    }

    [Fact]
    public void Data_dictionary_in_export_format_md_is_the_one_generated_from_the_field_table()
    {
        var path = RepositoryFiles.PathOf("docs/export-format.md");
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = DataDictionaryMarkdown.Splice(actual, "data dictionary", DataDictionaryMarkdown.Submission());
        expected = DataDictionaryMarkdown.Splice(expected, "exchange package", DataDictionaryMarkdown.ExchangePackage());
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            actual = expected;
        }

        Assert.True(expected == actual, $"The data dictionary in docs/export-format.md is out of date with the field table. {Regenerate}");
    }
}
