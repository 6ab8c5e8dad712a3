using System.Text;
using System.Text.Json;
using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;

namespace StudentPortfolio.UnitTests.Export;

public class ExchangePackageFileTests
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(ExchangePackageSchema.GetJson());
    private static readonly JsonSchemaValidator Validator = new(Schema.RootElement);
    /// <summary>The heading of the exchange package section of docs/export-format.md.</summary>
    public const string DictionaryHeading = "## 6. Exchange package file";

    private static readonly Instant Exported = Instant.FromUtc(2025, 9, 1, 8, 30);

    private static ExchangePackage Package() => ExchangePackage.Export(SampleSubmission.Portfolios()[0], Exported);

    private static string Json() => Encoding.UTF8.GetString(ExchangePackageFile.ToUtf8Bytes(Package()));

    private static string UnmaskedId() => Package().Student.NationalId.ToUnmaskedString();

    private static ExchangePackageReadResult ReadLenient(byte[] bytes) => ExchangePackageFile.Read(bytes, SubmissionReaderOptions.Lenient);

    private static ExchangePackageReadResult ReadLenient(string json) => ReadLenient(Encoding.UTF8.GetBytes(json));

    private static string With(string find, string replace)
    {
        var json = Json();
        Assert.Contains(find, json, StringComparison.Ordinal);
        return json.Replace(find, replace, StringComparison.Ordinal);
    }

    private static void AssertMasked(ExchangePackageReadResult result)
    {
        var id = UnmaskedId();
        foreach (var e in result.Errors)
        {
            Assert.DoesNotContain(id, e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(id, e.MessageZh, StringComparison.Ordinal);
            Assert.DoesNotContain(id, e.Issue.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Embedded_exchange_schema_is_the_checked_in_file_and_declares_draft_2020_12()
    {
        var file = File.ReadAllText(RepositoryFiles.PathOf("src/StudentPortfolio.Domain/Export/Schema/exchange-package.schema.json"));
        Assert.Equal(file, ExchangePackageSchema.GetJson());
        using var stream = new StreamReader(ExchangePackageSchema.OpenRead());
        Assert.Equal(file, stream.ReadToEnd());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(ExchangePackageSchema.Id, Schema.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void Exchange_schema_shares_the_record_definitions_of_the_submission_schema()
    {
        using var submission = JsonDocument.Parse(SubmissionSchema.GetJson());
        var submissionDefs = submission.RootElement.GetProperty("$defs");
        var student = submissionDefs.GetProperty("student").GetProperty("properties");
        foreach (var def in Schema.RootElement.GetProperty("$defs").EnumerateObject())
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(def.Value.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(submissionDefs.GetProperty(def.Name).GetRawText())), def.Name);
        }

        var properties = Schema.RootElement.GetProperty("properties");
        foreach (var name in new[] { "nationalId", "birthDate", "cadres", "courses", "outcomes", "performances", "enrollment" })
        {
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(properties.GetProperty(name).GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(student.GetProperty(name).GetRawText())), name);
        }
    }

    [Fact]
    public void Exchange_schema_and_reader_have_the_same_properties_in_written_order()
    {
        var fromSchema = Schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(fromSchema, SubmissionShape.ExchangePackage.Properties);
        using var written = JsonDocument.Parse(Json());
        Assert.Equal(fromSchema, written.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        var required = Schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(fromSchema, required);
    }

    [Fact]
    public void Exchange_data_dictionary_lists_every_top_level_property_with_its_type()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs/export-format.md"));
        var fromDocs = SchemaPaths.FromDictionary(docs[docs.IndexOf(DictionaryHeading, StringComparison.Ordinal)..]);
        var properties = Schema.RootElement.GetProperty("properties");
        Assert.Equal(properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), fromDocs.Keys);
        foreach (var p in properties.EnumerateObject())
        {
            Assert.Equal(SchemaPaths.TypeOf(Validator, p.Value), fromDocs[p.Name]);
        }
    }

    [Fact]
    public void Written_package_validates_and_reads_back_to_an_equal_package()
    {
        var package = Package();
        Assert.NotEmpty(package.OmittedOutcomes);
        Assert.Empty(Validator.Validate(JsonDocument.Parse(Json()).RootElement));
        using var stream = new MemoryStream(ExchangePackageFile.ToUtf8Bytes(package));
        var read = ExchangePackageFile.Read(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(read.IsValid);
        var back = read.Package!;
        Assert.Equal(package.Student, back.Student);
        Assert.Equal(package.SourceSchool, back.SourceSchool);
        Assert.Equal(package.ExportedAt, back.ExportedAt);
        Assert.Equal(package.Courses, back.Courses);
        Assert.Equal(package.Outcomes, back.Outcomes);
        Assert.Equal(package.Performances, back.Performances);
        Assert.Equal(package.Cadres, back.Cadres);
        Assert.Equal(package.Enrollment.Events, back.Enrollment.Events);
        Assert.Equal(package.OmittedOutcomes, back.OmittedOutcomes);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(ExchangePackageFile.ToUtf8Bytes(Package())).ToArray();
        Assert.True(ReadLenient(bytes).IsValid);
    }

    [Fact]
    public void Schema_rejects_a_package_without_its_source_school()
    {
        using var doc = JsonDocument.Parse(With("\"sourceSchool\": \"000000\",", string.Empty));
        Assert.Contains("$: missing required property sourceSchool", Validator.Validate(doc.RootElement));
    }

    [Fact]
    public void Truncated_file_is_SP_X002_at_its_end()
    {
        var bytes = ExchangePackageFile.ToUtf8Bytes(Package());
        var cut = bytes[..(bytes.Length / 2)];
        var result = ReadLenient(cut);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SP-X002", error.Code);
        Assert.Equal(cut.Length, error.Position.Offset);
        Assert.Equal(Encoding.UTF8.GetString(cut).Count(c => c == '\n') + 1, error.Position.Line);
        Assert.Null(result.Package);
    }

    [Fact]
    public void Empty_file_is_truncated()
    {
        Assert.Equal("SP-X002", Assert.Single(ReadLenient([]).Errors).Code);
    }

    [Fact]
    public void Malformed_json_is_SP_X001_with_line_and_byte()
    {
        var json = With("\"sourceSchool\": \"000000\",", "\"sourceSchool\": 000000 x,");
        var error = Assert.Single(ReadLenient(json).Errors);
        Assert.Equal("SP-X001", error.Code);
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains("\"sourceSchool\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, error.Position.Line);
    }

    [Fact]
    public void Wrong_type_names_the_path_line_and_byte()
    {
        var json = With("\"exportedAt\": \"2025-09-01T08:30:00Z\"", "\"exportedAt\": 20250901");
        var error = Assert.Single(ReadLenient(json).Errors);
        Assert.Equal("SP-X004", error.Code);
        Assert.Equal("$.exportedAt", error.Path);
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"exportedAt\"", StringComparison.Ordinal));
        Assert.Equal(line + 1, error.Position.Line);
        Assert.Equal(lines[line].IndexOf("20250901", StringComparison.Ordinal) + 1, error.Position.Column);
    }

    [Fact]
    public void Errors_inside_records_use_the_shared_record_paths()
    {
        var json = With("\"kind\": \"transfer\"", "\"kind\": \"teleport\"");
        var error = ReadLenient(json).Errors[0];
        Assert.Equal("SP-X005", error.Code);
        Assert.StartsWith("$.courses[0].kind", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_national_id_is_reported_masked()
    {
        var id = UnmaskedId();
        var bad = id[..^1] + (id[^1] == '0' ? '1' : '0');
        var result = ReadLenient(With(id, bad));
        var error = Assert.Single(result.Errors);
        Assert.Equal("SP-X009", error.Code);
        Assert.DoesNotContain(bad, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_throws_a_FormatException_with_masked_message()
    {
        var bytes = Encoding.UTF8.GetBytes(With("\"sourceSchool\": \"000000\"", "\"sourceSchool\": \"00\""));
        var ex = Assert.Throws<SubmissionFormatException>(() => ExchangePackageFile.Read(bytes, null));
        Assert.IsAssignableFrom<FormatException>(ex);
        Assert.Equal("SP-X008", ex.Errors[0].Code);
        Assert.DoesNotContain(UnmaskedId(), ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"exportedAt\": \"2025-09-01T08:30:00Z\"", "\"exportedAt\": \"99999-01-01T00:00:00Z\"", "SP-X008")]
    [InlineData("\"birthDate\": \"", "\"birthDate\": \"0", "SP-X008")]
    [InlineData("\"credits\": 2", "\"credits\": 1e400", "SP-X008")]
    [InlineData("\"credits\": 2", "\"credits\": 123456789012345678901234567890", "SP-X008")]
    [InlineData("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"", "SP-X014")]
    [InlineData("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\", \"extra\": 1,", "SP-X007")]
    [InlineData("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\",", "SP-X016")]
    [InlineData("\"schemaVersion\": \"1.0\",", "", "SP-X006")]
    [InlineData("\"omittedOutcomes\": [", "\"omittedOutcomes\": [\"bad id!\",", "SP-X008")]
    [InlineData("\"sourceSchool\": \"000000\"", "\"sourceSchool\": \"\\ud800\"", "SP-X003")]
    [InlineData("\"courses\": [", "\"courses\": 7, \"x\": [", "SP-X004")]
    public void Damaged_files_give_typed_errors_with_positions(string find, string replace, string code)
    {
        var result = ReadLenient(With(find, replace));
        Assert.Null(result.Package);
        Assert.Contains(result.Errors, e => e.Code == code);
        Assert.All(result.Errors, e => Assert.True(e.Position.Line >= 1 && e.Position.Column >= 1, e.ToString()));
        AssertMasked(result);
    }

    [Fact]
    public void Invalid_utf8_in_a_value_is_SP_X003()
    {
        var bytes = Encoding.UTF8.GetBytes(Json());
        var at = Encoding.UTF8.GetBytes(Json()).AsSpan().IndexOf("\"subjectName\": \""u8) + "\"subjectName\": \"".Length;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var result = ReadLenient(bytes);
        Assert.Contains(result.Errors, e => e.Code is "SP-X003" or "SP-X001");
        AssertMasked(result);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_SP_X012()
    {
        var options = SubmissionReaderOptions.Lenient with { MaxBytesPerStudent = SubmissionReaderOptions.MinBytesPerStudent };
        var bytes = ExchangePackageFile.ToUtf8Bytes(Package());
        Assert.True(bytes.Length > options.MaxBytesPerStudent);
        using var stream = new MemoryStream(bytes);
        var error = Assert.Single(ExchangePackageFile.Read(stream, options, TestContext.Current.CancellationToken).Errors);
        Assert.Equal("SP-X012", error.Code);
        Assert.Equal(1, ExchangePackageFile.Read(bytes.AsSpan(0, options.MaxBytesPerStudent), options).Errors.Count(e => e.Code == "SP-X002"));
    }

    [Fact]
    public void Trailing_content_after_the_package_is_rejected()
    {
        var result = ReadLenient(Json() + "{}");
        Assert.Equal("SP-X001", Assert.Single(result.Errors).Code);
    }
}
