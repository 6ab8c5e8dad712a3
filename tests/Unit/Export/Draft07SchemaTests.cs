using NJsonSchema;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>The draft-07 schema variants load in NJsonSchema (which does not read draft 2020-12 <c>$defs</c>) and keep the constraints.</summary>
public class Draft07SchemaTests
{
    [Theory]
    [InlineData("submission")]
    public void The_draft_07_variant_is_derived_from_the_published_schema(string name)
    {
        // From the schema as generated from the field table, which the shipped file equals (FieldTableTests), so that
        // one UPDATE_DOCS run regenerates both.
        var folder = "src/StudentPortfolio.Domain/Export/Schema/";
        var expected = SchemaDraft07.From(SchemaGenerator.Submission(), name);
        var path = RepositoryFiles.PathOf(folder + name + ".draft-07.schema.json");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            expected == File.ReadAllText(path),
            $"{name}.draft-07.schema.json is out of date. Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj");
    }

    [Fact]
    public void The_embedded_draft_07_submission_schema_is_the_checked_in_file()
    {
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("src/StudentPortfolio.Domain/Export/Schema/submission.draft-07.schema.json")), SubmissionSchema.GetJson(JsonSchemaDialect.Draft07));
        Assert.Contains(SubmissionSchema.Draft07Id, SubmissionSchema.GetJson(JsonSchemaDialect.Draft07), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SubmissionSchema.GetJson((JsonSchemaDialect)9));
    }

    [Fact]
    public async Task NJsonSchema_loads_the_submission_schema_and_accepts_the_golden_sample()
    {
        var schema = await JsonSchema.FromJsonAsync(SubmissionSchema.GetJson(JsonSchemaDialect.Draft07), TestContext.Current.CancellationToken);
        var errors = schema.Validate(File.ReadAllText(RepositoryFiles.PathOf(SampleSubmission.GoldenPath)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"")]
    [InlineData("\"school\": \"", "\"school\": \"x")]
    [InlineData("\"semester\": 1", "\"semester\": 3")]
    [InlineData("\"contentKinds\": [", "\"contentKinds\": [ \"photos\",")]
    [InlineData("\"generatedAt\"", "\"generatedAt\": 1, \"extra\"")]
    [InlineData("\"category\": \"competition\"", "\"category\": \"contest\"")]
    public async Task NJsonSchema_rejects_a_broken_golden_sample(string find, string replace)
    {
        var schema = await JsonSchema.FromJsonAsync(SubmissionSchema.GetJson(JsonSchemaDialect.Draft07), TestContext.Current.CancellationToken);
        var golden = File.ReadAllText(RepositoryFiles.PathOf(SampleSubmission.GoldenPath));
        Assert.Contains(find, golden, StringComparison.Ordinal);
        var broken = golden.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEmpty(schema.Validate(broken));
    }
}
