using System.Text.Json;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Json;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Json;

public class ValueConverterTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static VendorRecord Sample() => new(
        NationalId.Parse("A123456789"),
        new StudentKey(NationalId.Parse("A123456789"), new LocalDate(2008, 5, 1)),
        SchoolCode.Parse("041305"),
        RecordId.Parse("O-1"),
        Term.Parse("114-1"),
        AcademicYear.FromRocYear(114),
        CourseCode.Parse("109041305H11101B1010101"),
        ContentHash.Parse(Hash),
        MediaType.Pdf,
        new MediaFile("報告.pdf", MediaType.Pdf, 1024, ContentHash.Parse(Hash)),
        new Dictionary<Term, int> { [Term.Parse("114-1")] = 3 });

    [Fact]
    public void A_term_serialises_as_its_text_without_any_registration()
    {
        Assert.Equal("\"114-1\"", JsonSerializer.Serialize(Term.Parse("114-1")));
        Assert.Equal(Term.Parse("113-2"), JsonSerializer.Deserialize<Term>("\"113-2\""));
    }

    [Fact]
    public void A_national_id_serialises_masked_by_default()
    {
        var json = JsonSerializer.Serialize(NationalId.Parse("A123456789"));
        Assert.Equal("\"A12****789\"", json);
    }

    [Fact]
    public void A_source_generated_context_writes_every_value_type_and_masks_national_ids()
    {
        var json = JsonSerializer.Serialize(Sample(), VendorJsonContext.Default.VendorRecord);
        Assert.DoesNotContain("A123456789", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("A12****789", root.GetProperty("id").GetString());
        Assert.Equal("A12****789", root.GetProperty("student").GetProperty("nationalId").GetString());
        Assert.Equal("2008-05-01", root.GetProperty("student").GetProperty("birthDate").GetString());
        Assert.Equal("041305", root.GetProperty("school").GetString());
        Assert.Equal("O-1", root.GetProperty("record").GetString());
        Assert.Equal("114-1", root.GetProperty("term").GetString());
        Assert.Equal("114", root.GetProperty("year").GetString());
        Assert.Equal("109041305H11101B1010101", root.GetProperty("course").GetString());
        Assert.Equal(Hash, root.GetProperty("hash").GetString());
        Assert.Equal("application/pdf", root.GetProperty("type").GetString());
        Assert.Equal("報告.pdf", root.GetProperty("file").GetProperty("fileName").GetString());
        Assert.Equal(1024, root.GetProperty("file").GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Hash, root.GetProperty("file").GetProperty("sha256").GetString());
        Assert.Equal(3, root.GetProperty("countsByTerm").GetProperty("114-1").GetInt32());
    }

    [Fact]
    public void A_source_generated_context_that_opts_in_round_trips_the_full_record()
    {
        var sample = Sample();
        var json = JsonSerializer.Serialize(sample, VendorUnmaskedJsonContext.Default.VendorRecord);
        Assert.Contains("\"A123456789\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, VendorUnmaskedJsonContext.Default.VendorRecord)!;
        Assert.Equal(sample with { CountsByTerm = back.CountsByTerm }, back);
        Assert.Equal(3, back.CountsByTerm[Term.Parse("114-1")]);
    }

    [Fact]
    public void Reading_a_masked_national_id_is_a_json_exception_naming_the_path()
    {
        var json = JsonSerializer.Serialize(Sample(), VendorJsonContext.Default.VendorRecord);
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, VendorJsonContext.Default.VendorRecord));
        Assert.Equal("$.id", e.Path);
        Assert.Contains("masked", e.Message, StringComparison.Ordinal);
        Assert.Contains("A12****789", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_extension_opts_in_to_full_numbers_explicitly()
    {
        var masked = new JsonSerializerOptions().AddStudentPortfolioConverters();
        var unmasked = new JsonSerializerOptions().AddStudentPortfolioConverters(NationalIdJsonHandling.Unmasked);
        var id = NationalId.Parse("A123456789");
        Assert.Equal("\"A12****789\"", JsonSerializer.Serialize(id, masked));
        Assert.Equal("\"A123456789\"", JsonSerializer.Serialize(id, unmasked));
        Assert.Equal(10, StudentPortfolioJsonOptions.CreateConverters().Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentPortfolioJsonOptions.CreateConverters((NationalIdJsonHandling)7));
    }

    [Theory]
    [InlineData("\"114-3\"", "is not a term")]
    [InlineData("114", "found a number")]
    [InlineData("null", "found null")]
    [InlineData("\"\\ud800\"", "unpaired surrogate")]
    public void An_invalid_term_is_a_json_exception_with_the_path(string value, string problem)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, Term>>("{\"t\": " + value + "}"));
        Assert.Equal("$.t", e.Path);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_national_id_is_reported_masked()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<NationalId>("\"A123456780\""));
        Assert.DoesNotContain("A123456780", e.Message, StringComparison.Ordinal);
        Assert.Contains("check digit", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "nationalId": "A123456789" }""", "birthDate")]
    [InlineData("""{ "nationalId": "A123456789", "birthDate": "2008-05-01", "nationalId": "A123456789" }""", "twice")]
    [InlineData("""{ "nationalId": "A123456789", "birthDate": "2008-05-01", "name": "x" }""", "Unknown property")]
    [InlineData("""{ "nationalId": "A123456789", "birthDate": "2008-02-30" }""", "birth date")]
    [InlineData("""[]""", "student key object")]
    public void A_student_key_is_read_strictly(string json, string problem)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<StudentKey>(json));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456789", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "fileName": "a.pdf", "mediaType": "application/pdf", "sizeBytes": -1, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }""", "size in bytes")]
    [InlineData("""{ "fileName": "../a.pdf", "mediaType": "application/pdf", "sizeBytes": 1, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }""", "file name")]
    [InlineData("""{ "fileName": "a.pdf", "mediaType": "pdf", "sizeBytes": 1, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }""", "media type")]
    [InlineData("""{ "fileName": "a.pdf", "mediaType": "application/pdf", "sizeBytes": 1 }""", "sha256")]
    public void A_media_file_is_read_strictly(string json, string problem)
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, MediaFile>>("{ \"f\": " + json + " }"));
        Assert.Equal("$.f", e.Path);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_value_is_written_as_null()
    {
        Assert.Equal("null", JsonSerializer.Serialize(default(Term)));
        Assert.Equal("null", JsonSerializer.Serialize(default(NationalId)));
        Assert.Equal("null", JsonSerializer.Serialize(default(StudentKey)));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(new Dictionary<SchoolCode, int> { [default] = 1 }));
    }
}
