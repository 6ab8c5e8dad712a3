using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Policies;

public class PortfolioPolicyTests
{
    [Fact]
    public void National_preset_carries_the_national_caps_and_limits()
    {
        var p = PolicyPresets.National;
        Assert.Equal("national", p.Id);
        Assert.Null(p.BasedOn);
        Assert.Equal(6, p.OutcomeSelectionsPerYear);
        Assert.Equal(10, p.PerformanceSelectionsPerYear);
        Assert.Equal(new ApplicationPickLimits(3, 10, 9, 10), p.ApplicationPicks);
        Assert.Equal(new DescriptionLimit(true, 100), p.Description);
        Assert.Null(p.OutcomeUploads.Minimum);
        Assert.Null(p.OutcomeUploads.Maximum);
        Assert.Null(p.RetentionYearsAfterLeaving);
        Assert.True(p.TryGetMediaRule(MediaType.Pdf, out var pdf));
        Assert.Equal(4L * 1024 * 1024, pdf.MaxBytes);
        Assert.True(p.TryGetMediaRule(MediaType.Mp4, out var mp4));
        Assert.Equal(10L * 1024 * 1024, mp4.MaxBytes);
        Assert.False(p.TryGetMediaRule(MediaType.Parse("image/gif"), out _));
        Assert.Equal(new WindowPolicy(14, 3, 3, true), p.Windows);
        Assert.Equal(["name", "resultDate"], p.GetRequiredFields(PerformanceCategory.Competition));
    }

    [Fact]
    public void Baihe_preset_overrides_uploads_and_keeps_the_national_rest()
    {
        var p = PolicyPresets.Baihe;
        Assert.Equal("national", p.BasedOn);
        Assert.Equal(new UploadLimit(3, null, QuotaPeriod.Semester, Severity.Warning), p.OutcomeUploads);
        Assert.Equal(new UploadLimit(null, 5, QuotaPeriod.Semester), p.PerformanceUploads);
        Assert.Equal(6, p.OutcomeSelectionsPerYear);
        Assert.Equal(PolicyPresets.National.Media, p.Media);
        Assert.Equal(PolicyPresets.National.RequiredPerformanceFields, p.RequiredPerformanceFields);
    }

    [Fact]
    public void Songshan_preset_limits_uploads_per_semester_and_year_and_keeps_five_years()
    {
        var p = PolicyPresets.Songshan;
        Assert.Equal(new UploadLimit(null, 6, QuotaPeriod.Semester), p.OutcomeUploads);
        Assert.Equal(new UploadLimit(null, 10, QuotaPeriod.AcademicYear), p.PerformanceUploads);
        Assert.Equal(5, p.RetentionYearsAfterLeaving);
        Assert.Equal(new LocalDate(2023, 8, 23), p.EffectiveFrom);
        Assert.Equal("112-08-23", p.Version);
    }

    [Fact]
    public void Presets_are_found_by_id_and_their_json_can_be_copied()
    {
        foreach (var id in PolicyPresets.Ids)
        {
            Assert.Equal(id, PolicyPresets.Get(id).Id);
            using var json = PolicyPresets.OpenJson(id);
            Assert.Equal(PolicyPresets.Get(id), PortfolioPolicy.Read(json));
        }

        Assert.False(PolicyPresets.TryGet("nowhere", out _));
        Assert.Throws<KeyNotFoundException>(() => PolicyPresets.Get("nowhere"));
    }

    [Fact]
    public void Packed_preset_files_are_the_embedded_ones()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "src", "StudentPortfolio.Domain", "Policies", "Presets");
        foreach (var id in PolicyPresets.Ids)
        {
            using var embedded = PolicyPresets.OpenJson(id);
            using var reader = new StreamReader(embedded);
            Assert.Equal(File.ReadAllText(Path.Combine(folder, id + ".json")), reader.ReadToEnd());
        }
    }

    [Fact]
    public void A_school_file_based_on_national_overrides_only_what_it_sets()
    {
        const string json = """
            {
              "id": "myschool",
              "name": "My school",
              "version": "114-08-30",
              "effectiveFrom": "2025-08-30",
              "basedOn": "national",
              "outcomes": { "uploads": { "max": 9, "per": "semester" } },
              "requiredPerformanceFields": { "works": ["name"] }
            }
            """;
        var p = PortfolioPolicy.Parse(json);
        Assert.Equal("myschool", p.Id);
        Assert.Equal(new UploadLimit(null, 9, QuotaPeriod.Semester), p.OutcomeUploads);
        Assert.Equal(6, p.OutcomeSelectionsPerYear);
        Assert.Equal(["name"], p.GetRequiredFields(PerformanceCategory.Works));
        Assert.Equal(["name", "resultDate"], p.GetRequiredFields(PerformanceCategory.Competition));
        Assert.Equal("作業要點", p.Regulation);
    }

    [Fact]
    public void A_policy_can_be_built_from_code_with_a_with_expression()
    {
        var p = PolicyPresets.National with { Id = "strict", OutcomeSelectionsPerYear = 4 };
        Assert.Equal(4, p.OutcomeSelectionsPerYear);
        Assert.Equal(10, p.PerformanceSelectionsPerYear);
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyPresets.National with { OutcomeSelectionsPerYear = -1 });
        Assert.Throws<ArgumentException>(() => PolicyPresets.National with { Id = "bad id" });
    }

    [Fact]
    public void A_policy_file_is_loaded_from_disk_and_errors_name_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "songshan" }""");
        try
        {
            Assert.Equal(5, PortfolioPolicy.ReadFile(path).RetentionYearsAfterLeaving);
            File.WriteAllText(path, """{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-13-01", "basedOn": "songshan" }""");
            var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.ReadFile(path));
            Assert.Equal(path, e.SourceFile);
            // The message masks a run shaped like a national ID, which a random file name can hold.
            Assert.StartsWith(NationalId.MaskText(path), e.Message, StringComparison.Ordinal);
            Assert.Equal("$.effectiveFrom", e.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_json_reports_the_line_and_column()
    {
        const string json = "{\n  \"id\": \"x\",\n  \"name\": \"X\"\n  \"version\": \"1\"\n}";
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));
        Assert.Equal(4, e.Position?.Line);
        Assert.Equal(3, e.Position?.Column);
        Assert.Equal("$.name", e.Path);
        Assert.Contains("line 4", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(e.InnerException);
    }

    [Fact]
    public void Malformed_json_inside_an_array_names_the_element()
    {
        const string json = "{ \"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"effectiveFrom\": \"2025-08-01\", \"basedOn\": \"national\",\n  \"media\": [ { \"mediaType\": \"application/pdf\", \"maxBytes\": 1 },\n    { \"mediaType\": 'video/mp4' } ] }";
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));
        Assert.Equal("$.media[1].mediaType", e.Path);
        Assert.Equal(3, e.Position?.Line);
    }

    [Fact]
    public void A_negative_cap_is_reported_with_its_path_and_line()
    {
        const string json = "{\n  \"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"effectiveFrom\": \"2025-08-01\",\n  \"basedOn\": \"national\",\n  \"outcomes\": {\n    \"selectedPerYear\": -1\n  }\n}";
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));
        Assert.Equal("$.outcomes.selectedPerYear", e.Path);
        Assert.Equal(5, e.Position?.Line);
        Assert.Equal(24, e.Position?.Column);
        Assert.Contains("-1", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "outcome": {} }""", "$.outcome", "Unknown field")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "elsewhere" }""", "$.basedOn", "Unknown preset")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01" }""", "$.outcomes", "required")]
    [InlineData("""{ "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national" }""", "$.id", "required")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "media": [ { "mediaType": "pdf", "maxBytes": 1 } ] }""", "$.media[0].mediaType", "not a media type")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "media": [ { "mediaType": "application/pdf", "maxBytes": 0 } ] }""", "$.media[0].maxBytes", "out of range")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "outcomes": { "uploads": { "min": 5, "max": 2 } } }""", "$.outcomes.uploads.min", "exceeds")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "outcomes": { "uploads": { "per": "week" } } }""", "$.outcomes.uploads.per", "not a period")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "description": { "required": "yes" } }""", "$.description.required", "true or false")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "windows": { "graduatingGrade": 7 } }""", "$.windows.graduatingGrade", "out of range")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "requiredPerformanceFields": { "works": ["title"] } }""", "$.requiredPerformanceFields.works[0]", "not a field")]
    [InlineData("""{ "id": "x", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national", "requiredPerformanceFields": { "sports": [] } }""", "$.requiredPerformanceFields.sports", "not a multi-performance category")]
    [InlineData("""{ "id": "x", "id": "y", "name": "X", "version": "1", "effectiveFrom": "2025-08-01", "basedOn": "national" }""", "$.id", "twice")]
    [InlineData("""[]""", "$", "Expected an object")]
    [InlineData("", "$", "Malformed JSON")]
    public void Invalid_policy_files_name_the_field(string json, string path, string problem)
    {
        var e = Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.True(e.Position?.Line >= 1);
    }

    [Fact]
    public void Part_constructors_reject_impossible_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UploadLimit(-1, null, QuotaPeriod.Semester));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UploadLimit(3, 2, QuotaPeriod.Semester));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DescriptionLimit(true, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MediaRule(MediaType.Pdf, 0));
        Assert.Throws<ArgumentException>(() => new MediaRule(default, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ApplicationPickLimits(-1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowPolicy(14, 3, 0, true));
        Assert.Throws<ArgumentException>(() => new PerformanceRequirement(PerformanceCategory.Works, ["title"]));
        Assert.Throws<ArgumentException>(() => new PerformanceRequirement(PerformanceCategory.Works, ["name", "name"]));
    }
}
