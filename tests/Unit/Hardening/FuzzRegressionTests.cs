using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.UnitTests.Bulk;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>Regression tests for the crashes and leaks the mutation fuzzer (tests/Property/Fuzzing) found.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly BulkValidationOptions Small = new() { MaxDegreeOfParallelism = 1, BufferSize = 4096 };

    // The reader needs the header (generatedAt included) before the students array.
    private static string ReaderDocument(params string[] students) =>
        "{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[\"basicData\",\"courseOutcomes\"],\"generatedAt\":\"2026-01-20T08:00:00Z\",\"students\":["
        + string.Join(',', students) + "]}";

    private static byte[] NationalPreset()
    {
        using var stream = PolicyPresets.OpenJson(PolicyPresets.NationalId);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] WithNameReplaced(byte[] json, string raw)
    {
        var text = Encoding.UTF8.GetString(json);
        var at = text.IndexOf("\"name\": \"", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var valueStart = at + "\"name\": ".Length;
        var valueEnd = text.IndexOf('"', valueStart + 1) + 1;
        return Encoding.UTF8.GetBytes(text[..valueStart] + raw + text[valueEnd..]);
    }

    [Fact]
    public void A_policy_string_escaping_a_lone_surrogate_is_a_policy_format_error()
    {
        var json = WithNameReplaced(NationalPreset(), "\"\\ud800\"");

        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Read(json));
        Assert.Contains("unpaired surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_a_hundred_thousand_properties_is_checked_for_duplicates_in_one_pass()
    {
        // The duplicate scan used to compare every property with every earlier one (100 000 keys: 28 s).
        var json = new StringBuilder("{ \"requiredPerformanceFields\": { ");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append("\"k").Append(i).Append("\": [], ");
        }

        json.Append("\"k99999\": [] } }");
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json.ToString()));
        Assert.Equal("$.requiredPerformanceFields.k99999", e.Path);
        Assert.Contains("appears twice", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "\ud800": [] } ] }""")]
    [InlineData("""{ "名稱": "\ud800", "課程學習成果": [] }""")]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ { "x": "\udc00" } ] } ] }""")]
    public void A_receipt_escaping_a_lone_surrogate_is_a_typed_error(string json)
    {
        // Used to escape as InvalidOperationException from Utf8JsonReader.GetString.
        var e = Assert.Throws<StudentPortfolio.Workflow.ReceiptFormatException>(() => StudentPortfolio.Workflow.ReceiptDocument.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("SP-X501", e.Code);
        Assert.Contains("unpaired surrogate", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": "1.0", "\ud800": 1 }""")]
    [InlineData("""{ "schemaVersion": "\ud800" }""")]
    public void A_batch_escaping_a_lone_surrogate_is_a_typed_error(string json)
    {
        var e = Assert.Throws<StudentPortfolio.Workflow.ReceiptFormatException>(() => StudentPortfolio.Workflow.SubmissionBatch.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("SP-X501", e.Code);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2026-02-01 ~ 9999-12-31")]
    public void A_receipt_deadline_on_the_last_calendar_day_is_a_typed_error(string deadline)
    {
        // The whole day counts, so the deadline is the start of the next day: beyond 9999-12-31 it used to overflow.
        var json = $$"""{ "開放確認期限": "{{deadline}}", "課程學習成果": [] }""";
        var e = Assert.Throws<StudentPortfolio.Workflow.ReceiptFormatException>(() => StudentPortfolio.Workflow.ReceiptDocument.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("SP-X503", e.Code);
        Assert.Equal("$.開放確認期限", e.Path);
    }

    [Fact]
    public void A_receipt_deadline_with_a_time_on_the_last_calendar_day_is_read()
    {
        var receipt = StudentPortfolio.Workflow.ReceiptDocument.Read(Encoding.UTF8.GetBytes("""{ "開放確認期限": "9999-12-31 12:00", "課程學習成果": [] }"""));
        Assert.Equal(NodaTime.Instant.FromUtc(9999, 12, 31, 4, 0), receipt.ConfirmationDeadline);
    }

    [Fact]
    public void A_batch_naming_a_property_twice_is_a_typed_error()
    {
        var e = Assert.Throws<StudentPortfolio.Workflow.ReceiptFormatException>(() => StudentPortfolio.Workflow.SubmissionBatch.Read("""{ "schemaVersion": "1.0", "school": "041305", "school": "041306" }"""u8));
        Assert.Equal("SP-X503", e.Code);
        Assert.Equal("$.school", e.Path);
        Assert.Contains("appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_string_with_invalid_utf8_is_a_policy_format_error()
    {
        var json = NationalPreset();
        var text = Encoding.UTF8.GetString(json);
        var at = Encoding.UTF8.GetByteCount(text[..(text.IndexOf("\"name\": \"", StringComparison.Ordinal) + "\"name\": \"".Length)]);
        json[at] = 0xC3;
        json[at + 1] = 0x28;

        Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Read(json));
    }

    [Fact]
    public void A_property_named_like_a_national_id_is_masked_in_the_error_path()
    {
        var json = ReaderDocument(BulkJson.Student().Replace("\"studentNumber\"", "\"F131104093\"", StringComparison.Ordinal));

        var result = SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors, e => e.Code == "SP-X007");
        Assert.Contains("F13****093", error.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("F131104093", error.Path + error.Message + error.MessageZh + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_literal_before_a_national_id_does_not_quote_the_id()
    {
        // System.Text.Json quotes an invalid literal up to the end of its buffer, here including the next student's ID.
        var json = ReaderDocument(BulkJson.Student(), BulkJson.Student("F131104093")).Replace("\"autobiography\":null", "\"autobiography\":nu ", StringComparison.Ordinal);

        var ex = Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("SP-X001", error.Code);
        Assert.DoesNotContain("F131104093", ex.ToString() + error.Message + error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", ex.ToString() + error.Message + error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"title\":\"\\ud800\"")]
    [InlineData("\"\\udc00\":1")]
    public void A_student_name_or_value_escaping_a_lone_surrogate_is_a_typed_import_error(string replacement)
    {
        var json = ReaderDocument(BulkJson.Student(), BulkJson.Student("F131104093")).Replace("\"title\":\"報告\"", replacement, StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(json);

        var lenient = SubmissionReader.ReadDocument(new MemoryStream(bytes), SubmissionReaderOptions.Lenient, TestContext.Current.CancellationToken);
        var strict = Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(lenient.Errors, e => e.Code is "SP-X001" or "SP-X003" && e.StudentIndex == 0);
        Assert.NotEmpty(strict.Errors);
    }

    [Fact]
    public async Task A_student_string_escaping_a_lone_surrogate_is_reported_not_thrown_by_the_bulk_validator()
    {
        var json = BulkJson.Document(BulkJson.Student(outcomes: "[" + BulkJson.Outcome(description: "\\ud800x") + "]"), BulkJson.Student("F131104093"));
        var issues = new List<string>();

        var summary = await new BulkValidator().ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), Small, onStudent: (r, _) =>
        {
            issues.AddRange(r.Issues.Select(i => i.Code));
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(summary.Completed);
        Assert.Equal(2, summary.StudentsRead);
        Assert.Contains("SP-X003", issues);
        Assert.Equal(1, summary.StudentsWithErrors);
    }

    [Fact]
    public async Task A_header_string_with_invalid_utf8_is_a_document_error_of_the_bulk_validator()
    {
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Document(BulkJson.Student()));
        var at = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"school\":\"041305\",\"academicYear\":114,\"semester\":1,\"contentKinds\":[\"").Length;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var summary = await new BulkValidator().ValidateAsync(new MemoryStream(bytes), Small, cancellationToken: TestContext.Current.CancellationToken);

        // As the reader reports it (SP-X003); the students are still validated.
        Assert.Contains(summary.DocumentIssues, i => i.Code == "SP-X003");
        Assert.False(summary.IsValid);
        Assert.Equal(1, summary.StudentsRead);
    }

    [Fact]
    public void A_bulk_header_value_holding_a_national_id_prints_masked()
    {
        var header = new BulkDocumentHeader { SchemaVersion = "1.0", School = "0A123456789", AcademicYear = 114, Semester = 1, ContentKinds = ["basicData", "F131104093"], GeneratedAt = "2026-A123456789" };

        var text = header.ToString();

        Assert.DoesNotContain("A123456789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("F131104093", text, StringComparison.Ordinal);
        Assert.Contains("School = 0A12****789", text, StringComparison.Ordinal);
        Assert.Contains("ContentKinds = [basicData, F13****093]", text, StringComparison.Ordinal);
        Assert.Contains("AcademicYear = 114", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_value_holding_a_national_id_is_echoed_masked()
    {
        var json = ReaderDocument(BulkJson.Student()).Replace("\"courseOutcomes\"]", "\"courA123456789seOutcomes\"]", StringComparison.Ordinal);

        var ex = Assert.Throws<SubmissionFormatException>(() => SubmissionReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("SP-X005", ex.Error?.Code);
        Assert.Contains("courA12****789seOutcomes", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", ex.ToString(), StringComparison.Ordinal);
    }
}
