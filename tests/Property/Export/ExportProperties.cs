using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using StudentPortfolio.Export;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.PropertyTests.Export;

public class ExportProperties
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(SubmissionSchema.GetJson());
    private static readonly JsonSchemaValidator Validator = new(Schema.RootElement);

    private static SubmissionReadResult Read(byte[] bytes, SubmissionReaderOptions options)
    {
        using var stream = new MemoryStream(bytes);
        return SubmissionReader.ReadDocument(stream, options, TestContext.Current.CancellationToken);
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 200)]
    public void Export_import_export_is_byte_identical(SubmissionDocument document)
    {
        var first = SubmissionWriter.ToUtf8Bytes(document);
        var imported = Read(first, SubmissionReaderOptions.Default);
        Assert.True(imported.IsValid, string.Join("\n", imported.Errors));
        var second = SubmissionWriter.ToUtf8Bytes(imported.Document!);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 100)]
    public void Import_gives_back_the_exported_records_of_the_declared_kinds(SubmissionDocument document)
    {
        var imported = Read(SubmissionWriter.ToUtf8Bytes(document), SubmissionReaderOptions.Default).Document!;
        var kinds = document.Header.ContentKinds;
        Assert.Equal(document.Header, imported.Header);
        Assert.Equal(document.Students.Count, imported.Students.Count);
        for (var i = 0; i < document.Students.Count; i++)
        {
            var a = document.Students[i];
            var b = imported.Students[i];
            Assert.Equal(a.Student, b.Student);
            Assert.Equal(kinds.HasFlag(ContentKinds.BasicData) ? a.Cadres : [], b.Cadres);
            Assert.Equal(kinds.HasFlag(ContentKinds.BasicData) ? a.Autobiography : null, b.Autobiography);
            Assert.Equal(kinds.HasFlag(ContentKinds.BasicData) ? a.Enrollment.Events : [], b.Enrollment.Events);
            Assert.Equal(kinds.HasFlag(ContentKinds.CourseRecords) ? a.Courses : [], b.Courses);
            Assert.Equal(kinds.HasFlag(ContentKinds.CourseOutcomes) ? a.Outcomes : [], b.Outcomes);
            Assert.Equal(kinds.HasFlag(ContentKinds.MultiPerformance) ? a.Performances : [], b.Performances);
        }
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 100)]
    public void Every_export_validates_against_the_published_schema(SubmissionDocument document)
    {
        using var json = JsonDocument.Parse(SubmissionWriter.ToUtf8Bytes(document));
        var errors = Validator.Validate(json.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 100)]
    public void No_export_contains_a_counselling_record(LearningPortfolio[] portfolios, SubmissionDocument other)
    {
        Assert.All(portfolios.SelectMany(p => p.Counselling), c => Assert.Contains(PortfolioGenerators.CounsellingMarker, c.Content, StringComparison.Ordinal));
        var header = new SubmissionHeader(other.Header.School, other.Header.Term, ContentKinds.All, other.Header.GeneratedAt);
        var text = Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, portfolios)));
        Assert.DoesNotContain(PortfolioGenerators.CounsellingMarker, text, StringComparison.Ordinal);
        Assert.DoesNotContain("counsel", text, StringComparison.OrdinalIgnoreCase);
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 300)]
    public void Damaged_documents_give_typed_errors_and_nothing_else(SubmissionDocument document, Damage[] damages)
    {
        var bytes = SubmissionWriter.ToUtf8Bytes(document);
        foreach (var damage in damages)
        {
            bytes = damage.ApplyTo(bytes);
        }

        var lenient = Read(bytes, SubmissionReaderOptions.Lenient with { MaxBytesPerStudent = 4096 });
        Assert.All(lenient.Errors, e => Assert.StartsWith("SP-X", e.Code, StringComparison.Ordinal));
        Assert.All(lenient.Errors, e => Assert.True(e.Position.Line >= 1 && e.Position.Column >= 1 && e.Position.Offset >= 0 && e.Position.Offset <= bytes.Length, e.ToString()));
        try
        {
            var strict = Read(bytes, SubmissionReaderOptions.Default with { MaxBytesPerStudent = 4096 });
            Assert.True(strict.IsValid);
            Assert.Empty(lenient.Errors);
        }
        catch (SubmissionFormatException ex)
        {
            Assert.NotEmpty(lenient.Errors);
            Assert.Equal(lenient.Errors[0], ex.Error);
        }
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 100)]
    public void Any_cut_before_the_end_is_reported_never_thrown(SubmissionDocument document, int cutSeed)
    {
        var bytes = SubmissionWriter.ToUtf8Bytes(document);
        var cut = (int)((uint)cutSeed % (uint)bytes.Length);
        var result = Read(bytes[..cut], SubmissionReaderOptions.Lenient);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Code is "SP-X002");
    }

    [Property(Arbitrary = [typeof(ExportArbitraries)], MaxTest = 50)]
    public void Reading_in_chunks_of_any_size_gives_the_same_document(SubmissionDocument document, byte chunk)
    {
        var bytes = SubmissionWriter.ToUtf8Bytes(document);
        using var stream = new TrickleStream(bytes, chunk % 97 + 1);
        var result = SubmissionReader.ReadDocument(stream, SubmissionReaderOptions.Default with { MaxBytesPerStudent = 1024 * 1024 }, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, SubmissionWriter.ToUtf8Bytes(result.Document!));
    }
}
