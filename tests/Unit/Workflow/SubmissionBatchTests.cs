using System.Text;
using NodaTime;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.UnitTests.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.Workflow;

public class SubmissionBatchTests
{
    private static readonly SchoolCode School = SchoolCode.Parse("041305");

    private static LearningPortfolio Portfolio(params CourseLearningOutcome[] outcomes) => Build.PortfolioOf(outcomes);

    [Fact]
    public void Outcome_batch_holds_the_terms_selected_certified_outcomes_with_their_hashes()
    {
        var selected = Build.Outcome("O1", selected: true);
        var unselected = Build.Outcome("O2");
        var otherTerm = Build.Outcome("O3", term: Build.T1142, selected: true);
        var result = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.CourseOutcomes, [Portfolio(selected, unselected, otherTerm)]);
        var entry = Assert.Single(result.Batch.Entries);
        Assert.Equal(selected.Id, entry.Record);
        Assert.Equal(selected.ContentHash, entry.ContentHash);
        Assert.Equal(SubmittingUnit.Admissions, result.Batch.Unit);
        Assert.True(result.Excluded.IsValid);
        var left = Assert.Single(result.Excluded.Issues);
        Assert.Equal(("SP-S005", unselected.Id), (left.Code, left.RecordId));
        Assert.Equal(SubmissionContent.NotSelected, left.Arguments[3]);
    }

    [Fact]
    public void Selected_but_uncertified_outcome_is_left_out_and_reported_SP_F013()
    {
        var uncertified = Build.Outcome("O1", selected: true, certified: false);
        var voided = Build.Outcome("O2", selected: true).WithContent("改", "改過的說明", null);
        var result = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.CourseOutcomes, [Portfolio(uncertified, voided)]);
        Assert.Empty(result.Batch.Entries);
        Assert.Equal(["SP-F013", "SP-F013"], result.Excluded.Issues.Select(i => i.Code));
        Assert.Equal("$.students[0].outcomes[0].certification", result.Excluded.Issues[0].Path);
        Assert.Equal(0, result.Excluded.ErrorCount);
    }

    [Fact]
    public void Performance_batch_holds_selected_items_and_a_content_change_changes_the_hash()
    {
        var item = Build.Performance("P1", selected: true, details: new CompetitionDetails("全國技藝競賽", "會計", "N", "第一名", new LocalDate(2025, 11, 2), false));
        var changed = new MultiPerformanceItem(item.Id, item.Term, item.Details, item.Description + "。", item.Files, item.Link, true);
        var a = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.MultiPerformance, [Build.PortfolioOf(performances: [item, Build.Performance("P2")])]).Batch;
        var b = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.MultiPerformance, [Build.PortfolioOf(performances: [changed])]).Batch;
        Assert.Equal(RecordId.Parse("P1"), Assert.Single(a.Entries).Record);
        Assert.NotEqual(a.Entries[0].ContentHash, b.Entries[0].ContentHash);
    }

    [Fact]
    public void Cadre_course_and_basic_data_batches_go_to_their_units()
    {
        var portfolio = new LearningPortfolio(
            Build.Student(),
            cadres: [new CadreRecord(RecordId.Parse("C1"), Build.T1141, CadreLevel.Class, "商二甲", "班長")],
            courses: [new CourseRecord(RecordId.Parse("K1"), Build.T1141, Build.Course, "國語文", 4, 87.5m)],
            counselling: []);
        var cadres = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.Cadres, [portfolio]).Batch;
        var courses = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.CourseRecords, [portfolio]).Batch;
        var basic = SubmissionBatch.Build(School, Build.T1141, SubmissionContentKind.BasicData, [portfolio]).Batch;
        Assert.Equal((SubmittingUnit.StudentActivities, "C1"), (cadres.Unit, Assert.Single(cadres.Entries).Record.ToString()));
        Assert.Equal((SubmittingUnit.Registrar, "K1"), (courses.Unit, Assert.Single(courses.Entries).Record.ToString()));
        Assert.Equal((SubmittingUnit.Registrar, "basic"), (basic.Unit, Assert.Single(basic.Entries).Record.ToString()));
    }

    [Fact]
    public void Duplicate_student_and_record_is_rejected()
    {
        var key = Build.Student().Key;
        var hash = ContentHash.Compute([1]);
        Assert.Throws<ArgumentException>(() => new SubmissionBatch(School, Build.T1141, SubmissionContentKind.CourseOutcomes, SubmittingUnit.Admissions, [new BatchEntry(key, RecordId.Parse("O1"), hash), new BatchEntry(key, RecordId.Parse("O1"), hash)]));
    }

    [Fact]
    public void Json_form_round_trips_and_is_sorted()
    {
        var original = SubmissionBatch.ReadFile(Path.Combine(RepositoryRoot.Find(), "samples", "data", "batch-114-1.json"));
        Assert.Equal(5, original.Entries.Count);
        using var stream = new MemoryStream();
        original.WriteTo(stream);
        var copy = SubmissionBatch.Read(stream.ToArray());
        Assert.Equal(original, copy);
        Assert.Equal("041305 114-1 CourseOutcomes by Admissions: 5 entries", copy.ToString());
    }

    [Theory]
    [InlineData("""{ "schemaVersion": "2.0" }""", "SP-X503", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": "1.0", "school": "041305", "term": "114-1", "kind": "courseOutcomes" }""", "SP-X502", "$.students")]
    [InlineData("""{ "schemaVersion": "1.0", "kind": "grades" }""", "SP-X503", "$.kind")]
    [InlineData("""{ "schemaVersion": "1.0", "term": "114-3" }""", "SP-X503", "$.term")]
    [InlineData("""{ "schemaVersion": "1.0", "students": [ { "nationalId": "A123456789", "birthDate": "2008-05-01", "records": [ { "id": "O1" } ] } ] }""", "SP-X502", "$.students[0].records[0].contentHash")]
    [InlineData("""{ "schemaVersion": "1.0", "students": [ { "nationalId": "A123456788" } ] }""", "SP-X503", "$.students[0].nationalId")]
    [InlineData("""{ "schemaVersion": "1.0", "students": [ { "birthDate": "2008-05-01", "records": [] } ] }""", "SP-X502", "$.students[0].nationalId")]
    [InlineData("""{ "schemaVersion": "1.0", "extra": 1 }""", "SP-X503", "$.extra")]
    [InlineData("""{ "schemaVersion": "1.0", """, "SP-X501", "$")]
    public void Invalid_batch_json_gives_a_typed_error(string json, string code, string path)
    {
        var e = Assert.Throws<ReceiptFormatException>(() => SubmissionBatch.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(code, e.Code);
        Assert.Equal(path, e.Path);
        Assert.DoesNotContain("A123456788", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_from_an_exported_document_equals_the_batch_from_its_portfolios()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot.Find(), "samples", "data", "submission-114-1.json"));
        var read = StudentPortfolio.Export.SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(read.IsValid, read.ToString());
        var document = read.Document!;
        var fromDocument = SubmissionBatch.FromDocument(document, SubmissionContentKind.CourseOutcomes);
        var fromPortfolios = SubmissionBatch.Build(document.Header.School, document.Header.Term, SubmissionContentKind.CourseOutcomes, document.Students.Select(s => s.ToPortfolio()));
        Assert.Equal(fromPortfolios.Batch, fromDocument.Batch);
        Assert.NotEmpty(fromDocument.Batch.Entries);
    }

    [Fact]
    public void Batch_of_a_kind_the_document_does_not_declare_is_refused()
    {
        var header = new StudentPortfolio.Export.SubmissionHeader(School, Build.T1141, StudentPortfolio.Export.ContentKinds.CourseOutcomes, Instant.FromUtc(2026, 1, 20, 8, 0));
        var document = new StudentPortfolio.Export.SubmissionDocument(header, null);
        Assert.Throws<ArgumentException>(() => SubmissionBatch.FromDocument(document, SubmissionContentKind.Cadres));
        Assert.Empty(SubmissionBatch.FromDocument(document, SubmissionContentKind.CourseOutcomes).Batch.Entries);
    }
}
