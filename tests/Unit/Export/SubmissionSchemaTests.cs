using System.Text;
using System.Text.Json;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Export;

public class SubmissionSchemaTests
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(SubmissionSchema.GetJson());
    private static readonly JsonSchemaValidator Validator = new(Schema.RootElement);

    private static List<string> Validate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Validator.Validate(doc.RootElement);
    }

    [Fact]
    public void Embedded_schema_is_the_checked_in_file_and_declares_draft_2020_12()
    {
        var file = File.ReadAllText(RepositoryFiles.PathOf("src/StudentPortfolio.Domain/Export/Schema/submission.schema.json"));
        Assert.Equal(file, SubmissionSchema.GetJson());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(SubmissionSchema.Id, Schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Golden_sample_validates_against_the_schema()
    {
        var errors = Validate(File.ReadAllText(RepositoryFiles.PathOf(SampleSubmission.GoldenPath)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Export_with_fewer_content_kinds_validates()
    {
        var header = new SubmissionHeader(SampleSubmission.School, SampleSubmission.Term, ContentKinds.CourseRecords | ContentKinds.MultiPerformance, SampleSubmission.Header.GeneratedAt);
        var json = Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, SampleSubmission.Portfolios())));
        Assert.Empty(Validate(json));
    }

    [Theory]
    [InlineData("\"grade\": 2,", "\"grade\": 2, \"nickname\": \"x\",", "nickname")]
    [InlineData("\"school\": \"000000\"", "\"school\": \"00000\"", "does not match")]
    [InlineData("\"kind\": \"makeUp\"", "\"kind\": \"makeup\"", "is not one of")]
    [InlineData("\"grade\": 2,", "\"grade\": 5,", "greater than")]
    [InlineData("\"category\": \"cadre\"", "\"category\": \"works\"", "oneOf")]
    [InlineData("\"selected\": true", "\"selected\": \"yes\"", "expected boolean")]
    [InlineData("\"contentKinds\": [\n    \"basicData\",", "\"contentKinds\": [\n    \"courseRecords\",", "equal")]
    public void Schema_rejects_documents_that_break_the_format(string find, string replace, string expected)
    {
        var errors = Validate(ReaderTestSupport.SampleWith(find, replace));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_rejects_a_missing_required_property()
    {
        var errors = Validate(ReaderTestSupport.SampleWith("\"schemaVersion\": \"1.0\",", string.Empty));
        Assert.Contains("$: missing required property schemaVersion", errors);
    }

    [Fact]
    public void Validator_refuses_keywords_it_does_not_implement()
    {
        using var doc = JsonDocument.Parse("{\"type\":\"object\",\"if\":{\"required\":[\"a\"]}}");
        Assert.Throws<NotSupportedException>(() => new JsonSchemaValidator(doc.RootElement));
    }

    [Fact]
    public void Schema_and_exporter_have_the_same_property_paths()
    {
        var fromSchema = SchemaPaths.FromSchema(Validator, Schema.RootElement).Keys;
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(SampleSubmission.GoldenPath)));
        var fromExport = SchemaPaths.FromInstance(sample.RootElement);
        Assert.Equal(fromSchema, fromExport);
    }

    [Fact]
    public void Schema_and_reader_have_the_same_objects_and_properties()
    {
        var defs = Schema.RootElement.GetProperty("$defs");
        foreach (var shape in SubmissionShape.All)
        {
            var schema = shape.Name == "document" ? Schema.RootElement : defs.GetProperty(shape.Name);
            var names = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(names, shape.Properties);
        }
    }

    [Fact]
    public void Data_dictionary_lists_every_schema_property_with_its_type()
    {
        var fromSchema = SchemaPaths.FromSchema(Validator, Schema.RootElement);
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs/export-format.md"));
        var fromDocs = SchemaPaths.FromDictionary(docs[..docs.IndexOf(ExchangePackageFileTests.DictionaryHeading, StringComparison.Ordinal)]);
        Assert.Equal(fromSchema.Keys, fromDocs.Keys);
        foreach (var (path, type) in fromSchema)
        {
            Assert.True(type == fromDocs[path], $"{path}: schema says {type}, docs say {fromDocs[path]}");
        }
    }

    [Fact]
    public void Data_dictionary_lists_every_import_rule()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs/export-format.md"));
        foreach (var rule in StudentPortfolio.Rules.ImportRules.All)
        {
            Assert.Contains($"| {rule.Code} |", docs, StringComparison.Ordinal);
        }
    }
}
