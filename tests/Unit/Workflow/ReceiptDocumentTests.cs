using StudentPortfolio.Enrollment;
using System.Text;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

public class ReceiptDocumentTests
{
    private static readonly StudentKey Alice = new(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1));

    private static ReceiptDocument Read(string json) => ReceiptDocument.Read(Encoding.UTF8.GetBytes(json));

    private static ReceiptFormatException Fails(string json) => Assert.Throws<ReceiptFormatException>(() => Read(json));

    private const string Hash = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public void Shipped_sample_receipt_reads_with_header_students_and_rows()
    {
        var receipt = ReceiptDocument.ReadFile(Path.Combine(RepositoryRoot.Find(), "samples", "data", "receipt-114-1.json"));
        Assert.Equal(SubmissionContentKind.CourseOutcomes, receipt.Kind);
        Assert.Equal("課程學習成果", receipt.KindText);
        Assert.Equal("招生組 A001", receipt.UploadedBy);
        Assert.Contains("\"學校代碼\"", receipt.RosterInfo, StringComparison.Ordinal);
        Assert.Equal(3, receipt.Students.Count);
        var alice = receipt.Find(Alice)!;
        Assert.Equal(2, alice.Records.Count);
        Assert.Equal("學期課程學習成果", alice.Records[0].Sheet);
        Assert.Equal("O-114-1-001", alice.Records[0].Record.ToString());
        Assert.Equal("國語文", alice.Records[0].Fields["科目名稱"]);
        Assert.False(alice.Records[0].Fields.ContainsKey("紀錄編號"));
        Assert.Equal("$.課程學習成果[0].學期課程學習成果[0]", alice.Records[0].Path);
        Assert.Equal(TaipeiTime.StartOfDay(new LocalDate(2026, 2, 2)), receipt.ConfirmationOpens);
        Assert.Equal(TaipeiTime.StartOfDay(new LocalDate(2026, 2, 7)), receipt.ConfirmationDeadline);
    }

    [Theory]
    [InlineData("2008-05-01")]
    [InlineData("2008/05/01")]
    [InlineData("20080501")]
    [InlineData("0970501")]
    [InlineData("097/05/01")]
    [InlineData("97/5/1")]
    [InlineData("097-05-01")]
    public void Birth_date_is_read_in_iso_and_roc_forms(string date)
    {
        var receipt = Read($$"""{ "kind": "課程學習成果", "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "{{date}}" } ] }""");
        Assert.Equal(Alice, receipt.Students[0].Student);
    }

    [Theory]
    [InlineData("2026-02-06", "2026-02-07T00:00")]
    [InlineData("115/02/06", "2026-02-07T00:00")]
    [InlineData("2026-02-06 17:30", "2026-02-06T17:30")]
    [InlineData("2026-02-02 08:00 ~ 2026-02-06 17:00", "2026-02-06T17:00")]
    public void Deadline_date_counts_the_whole_day_and_a_time_is_taken_as_given(string text, string taipeiLocal)
    {
        var receipt = Read($$"""{ "開放確認期限": "{{text}}", "kind": "課程學習成果", "課程學習成果": [] }""");
        var expected = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(taipeiLocal).Value.InZoneLeniently(TaipeiTime.Zone).ToInstant();
        Assert.Equal(expected, receipt.ConfirmationDeadline);
    }

    [Fact]
    public void Answers_are_open_up_to_but_not_at_the_deadline()
    {
        var receipt = Read("""{ "開放確認期限": "2026-02-06", "kind": "課程學習成果", "課程學習成果": [] }""");
        var deadline = receipt.ConfirmationDeadline!.Value;
        Assert.True(receipt.IsOpenForAnswers(deadline - Duration.Epsilon));
        Assert.False(receipt.IsOpenForAnswers(deadline));
    }

    [Fact]
    public void Kind_is_inferred_from_the_category_when_absent()
    {
        var receipt = Read("""{ "多元表現": [] }""");
        Assert.Equal(SubmissionContentKind.MultiPerformance, receipt.Kind);
        Assert.Null(receipt.ConfirmationDeadline);
    }

    [Fact]
    public void Unknown_fields_are_skipped_and_nested_values_kept_as_raw_json()
    {
        var receipt = Read($$"""{ "extra": [1, {"a": 2}], "kind": "課程學習成果", "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "姓名": "王小明", "學期課程學習成果": [ { "recordId": "O1", "contentHash": "{{Hash}}", "修課學分": 2, "附件": ["a", "b"], "備註": null } ] } ] }""");
        var row = receipt.Students[0].Records[0];
        Assert.Equal(RecordId.Parse("O1"), row.Record);
        Assert.Equal(ContentHash.Parse(Hash), row.ContentHash);
        Assert.Equal("2", row.Fields["修課學分"]);
        Assert.Equal("[\"a\", \"b\"]", row.Fields["附件"]);
        Assert.Null(row.Fields["備註"]);
    }

    [Fact]
    public void Row_without_an_identifier_is_kept_with_no_record()
    {
        var receipt = Read("""{ "kind": "課程學習成果", "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ { "成果簡述": "x" } ] } ] }""");
        Assert.Null(receipt.Students[0].Records[0].Record);
    }

    [Fact]
    public void Custom_field_names_find_the_identifier_and_hash()
    {
        var options = new ReceiptReadOptions { RecordIdFields = ["編號"], ContentHashFields = ["雜湊"] };
        var json = $$"""{ "kind": "課程學習成果", "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ { "編號": "X9", "雜湊": "{{Hash}}" } ] } ] }""";
        var row = ReceiptDocument.Read(Encoding.UTF8.GetBytes(json), options).Students[0].Records[0];
        Assert.Equal("X9", row.Record.ToString());
        Assert.NotNull(row.ContentHash);
    }

    [Fact]
    public void Malformed_json_is_SP_X501_with_line_and_column()
    {
        var e = Fails("{\n  \"kind\": \"課程學習成果\",\n  \"課程學習成果\": [ ,\n}");
        Assert.Equal("SP-X501", e.Code);
        Assert.Equal(3, e.Position?.Line);
        Assert.True(e.Position?.Column > 0);
    }

    [Fact]
    public void Invalid_national_id_is_SP_X503_masked_with_its_path_and_line()
    {
        var e = Fails("{\n\"課程學習成果\": [\n { \"身分證號\": \"A123456780\", \"出生日期\": \"2008-05-01\" } ] }");
        Assert.Equal("SP-X503", e.Code);
        Assert.Equal("$.課程學習成果[0].身分證號", e.Path);
        Assert.Equal(3, e.Position?.Line);
        Assert.Equal(20, e.Position?.Column); // bytes: " { \"" + 身分證號 (12 bytes) + "\": " then the value
        Assert.DoesNotContain("A123456780", e.Message, StringComparison.Ordinal);
        Assert.Contains("A12****780", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_birth_date_is_SP_X502() =>
        Assert.Equal("$.課程學習成果[0].出生日期", Fails("""{ "課程學習成果": [ { "身分證號": "A123456789" } ] }""").Path);

    [Fact]
    public void Missing_national_id_is_SP_X502()
    {
        var e = Fails("""{ "課程學習成果": [ { "出生日期": "2008-05-01" } ] }""");
        Assert.Equal("SP-X502", e.Code);
        Assert.Equal("$.課程學習成果[0].身分證號", e.Path);
    }

    [Fact]
    public void Missing_category_is_SP_X502() =>
        Assert.Equal("SP-X502", Fails("""{ "名稱": "x", "kind": "課程學習成果" }""").Code);

    [Theory]
    [InlineData("""{ "kind": "多元表現", "課程學習成果": [] }""", "$.kind")]
    [InlineData("""{ "課程學習成果": [], "多元表現": [] }""", "$.多元表現")]
    [InlineData("""{ "課程學習成果": {} }""", "$.課程學習成果")]
    [InlineData("""{ "課程學習成果": [ 1 ] }""", "$.課程學習成果[0]")]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-13-01" } ] }""", "$.課程學習成果[0].出生日期")]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ 3 ] } ] }""", "$.課程學習成果[0].學期課程學習成果[0]")]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ { "紀錄編號": "a b" } ] } ] }""", "$.課程學習成果[0].學期課程學習成果[0].紀錄編號")]
    [InlineData("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01", "學期課程學習成果": [ { "內容雜湊": "xyz" } ] } ] }""", "$.課程學習成果[0].學期課程學習成果[0].內容雜湊")]
    [InlineData("""{ "開放確認期限": "明天", "課程學習成果": [] }""", "$.開放確認期限")]
    [InlineData("""{ "開放確認期限": "2026-02-06 ~ 2026-02-01", "課程學習成果": [] }""", "$.開放確認期限")]
    [InlineData("""{ "名稱": 5, "課程學習成果": [] }""", "$.名稱")]
    [InlineData("""[ ]""", "$")]
    public void Invalid_values_are_SP_X503_at_their_path(string json, string path)
    {
        var e = Fails(json);
        Assert.Equal("SP-X503", e.Code);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Student_listed_twice_is_SP_X503()
    {
        var e = Fails("""{ "課程學習成果": [ { "身分證號": "A123456789", "出生日期": "2008-05-01" }, { "身分證號": "A123456789", "出生日期": "2008-05-01" } ] }""");
        Assert.Equal("$.課程學習成果[1]", e.Path);
        Assert.DoesNotContain("A123456789", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_document_is_SP_X501() =>
        Assert.Equal("SP-X501", Fails("""{ "課程學習成果": [ { "身分證號": "A1234""").Code);

    [Fact]
    public void Stream_overload_reads_the_same_document()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "修課紀錄": [ { "身分證號": "A123456789", "出生日期": "2008-05-01" } ] }"""));
        var receipt = ReceiptDocument.Read(stream);
        Assert.Equal(SubmissionContentKind.CourseRecords, receipt.Kind);
        Assert.Contains("1 students", receipt.ToString(), StringComparison.Ordinal);
    }
}
