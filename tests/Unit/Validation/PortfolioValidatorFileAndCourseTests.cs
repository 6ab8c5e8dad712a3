using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>Files per item (SP-C008, SP-C009), file names against media types (SP-C010) and outcomes of courses taken (SP-C007).</summary>
public class PortfolioValidatorFileAndCourseTests
{
    private static readonly PortfolioValidator National = new(PolicyPresets.National);
    private static readonly PortfolioValidator Baihe = new(PolicyPresets.Baihe);
    private static readonly PortfolioValidator Songshan = new(PolicyPresets.Songshan);

    private static string[] Codes(ValidationReport report) => report.Issues.Select(i => i.Code).ToArray();

    // ---- SP-C008 / SP-C009: one 文件連結 and one 影音連結 per item in the central database's rosters

    [Fact]
    public void One_document_and_one_video_per_outcome_are_accepted_under_every_preset()
    {
        // Three outcomes: 白河 四(二) expects at least three uploads per semester.
        var portfolio = PortfolioOf(Enumerable.Range(1, 3).Select(i => Outcome("O" + i, files: [File("a.pdf"), File("b.mp4", MediaType.Mp4)])));
        Assert.Empty(National.Validate(portfolio).Issues);
        Assert.Empty(Baihe.Validate(portfolio).Issues);
        Assert.Empty(Songshan.Validate(portfolio).Issues);
    }

    [Fact]
    public void A_second_document_file_on_an_outcome_is_rejected()
    {
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", files: [File("a.pdf"), File("b.png", MediaType.Png)])])).Issues);
        Assert.Equal("SP-C008", issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("$.outcomes[0].files", issue.Path);
        Assert.Equal(["O1", "2", "1"], issue.Arguments);
    }

    [Fact]
    public void A_second_audio_or_video_file_on_a_performance_is_rejected()
    {
        var issue = Assert.Single(Songshan.Validate(PortfolioOf(performances: [Performance("P1", files: [File("a.mp3", MediaType.Mp3), File("b.mp4", MediaType.Mp4)])])).Issues);
        Assert.Equal("SP-C009", issue.Code);
        Assert.Equal("$.performances[0].files", issue.Path);
        Assert.Equal(["P1", "2", "1"], issue.Arguments);
    }

    [Fact]
    public void Files_per_item_are_policy_data_and_null_means_no_limit()
    {
        var json = """{ "id": "two", "name": "x", "version": "1", "effectiveFrom": "2020-08-01", "basedOn": "national", "files": { "documentsPerItem": 2, "audioVideoPerItem": null } }""";
        var policy = PortfolioPolicy.Parse(json);
        Assert.Equal(2, policy.DocumentFilesPerItem);
        Assert.Null(policy.AudioVideoFilesPerItem);
        Assert.Equal(1, PolicyPresets.National.DocumentFilesPerItem);
        Assert.Equal(1, PolicyPresets.Baihe.AudioVideoFilesPerItem);
        var validator = new PortfolioValidator(policy);
        Assert.Empty(validator.Validate(PortfolioOf([Outcome("O1", files: [File("a.pdf"), File("b.pdf"), File("c.mp3", MediaType.Mp3), File("d.mp3", MediaType.Mp3)])])).Issues);
        Assert.Equal([RuleCodes.Content.TooManyDocumentFiles], Codes(validator.Validate(PortfolioOf([Outcome("O1", files: [File("a.pdf"), File("b.pdf"), File("c.pdf")])]))));
        Assert.Equal("$.files.documentsPerItem", Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(json.Replace("\"documentsPerItem\": 2", "\"documentsPerItem\": -1", StringComparison.Ordinal))).Path);
    }

    // ---- SP-C010: file name and media type

    [Fact]
    public void An_executable_declared_as_pdf_is_rejected()
    {
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", files: [File("setup.exe")])])).Issues);
        Assert.Equal("SP-C010", issue.Code);
        Assert.Equal("$.outcomes[0].files[0].fileName", issue.Path);
        Assert.Equal(["O1", "setup.exe", "application/pdf", "pdf"], issue.Arguments);
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf")]
    [InlineData("REPORT.PDF", "application/pdf")]
    [InlineData("photo.jpeg", "image/jpeg")]
    [InlineData("photo.JPG", "image/jpeg")]
    [InlineData("v.1.final.mp4", "video/mp4")]
    public void A_file_name_with_an_extension_of_its_type_is_accepted(string name, string type) =>
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", files: [File(name, MediaType.Parse(type))])])).Issues);

    [Theory]
    [InlineData("report", "application/pdf")]
    [InlineData("report.pdf.exe", "application/pdf")]
    [InlineData("photo.png", "image/jpeg")]
    [InlineData("song.mp4", "audio/mpeg")]
    public void A_file_name_without_an_extension_of_its_type_is_rejected(string name, string type) =>
        Assert.Equal([RuleCodes.Content.FileNameDisagreesWithType], Codes(National.Validate(PortfolioOf([Outcome("O1", files: [File(name, MediaType.Parse(type))])]))));

    [Fact]
    public void A_type_the_policy_does_not_accept_is_reported_once_as_not_accepted()
    {
        Assert.Equal([RuleCodes.Content.FileTypeNotAllowed], Codes(National.Validate(PortfolioOf([Outcome("O1", files: [File("x.exe", MediaType.Parse("image/gif"))])]))));
    }

    [Fact]
    public void The_extension_table_is_policy_data_with_a_default_table()
    {
        Assert.Equal(["pdf"], new MediaRule(MediaType.Pdf, 10).Extensions);
        Assert.Equal(["jpg", "jpeg"], new MediaRule(MediaType.Jpeg, 10).Extensions);
        Assert.Equal(["gif"], new MediaRule(MediaType.Parse("image/gif"), 10).Extensions);
        Assert.Empty(new MediaRule(MediaType.Parse("application/x-unknown"), 10).Extensions);
        Assert.True(new MediaRule(MediaType.Parse("application/x-unknown"), 10).NameAgrees("anything.bin"));
        Assert.Equal(["pdf", "ai"], new MediaRule(MediaType.Pdf, 10, ["PDF", "ai"]).Extensions);
        Assert.Throws<ArgumentException>(() => new MediaRule(MediaType.Pdf, 10, [".pdf"]));

        var json = """{ "id": "ai", "name": "x", "version": "1", "effectiveFrom": "2020-08-01", "basedOn": "national", "media": [ { "mediaType": "application/pdf", "maxBytes": 100000, "extensions": ["pdf", "ai"] }, { "mediaType": "image/gif", "maxBytes": 100000 }, { "mediaType": "video/mp4", "maxBytes": 100000, "extensions": [] } ] }""";
        var policy = PortfolioPolicy.Parse(json);
        var validator = new PortfolioValidator(policy);
        Assert.Empty(validator.Validate(PortfolioOf([Outcome("O1", files: [File("drawing.ai")])])).Issues);
        Assert.Empty(validator.Validate(PortfolioOf([Outcome("O1", files: [File("clip.mov", MediaType.Mp4)])])).Issues);
        Assert.Equal([RuleCodes.Content.FileNameDisagreesWithType], Codes(validator.Validate(PortfolioOf([Outcome("O1", files: [File("a.png", MediaType.Parse("image/gif"))])]))));
        var bad = json.Replace("[\"pdf\", \"ai\"]", "[\"pdf\", \"a.i\"]", StringComparison.Ordinal);
        Assert.Equal("$.media[0].extensions[1]", Assert.Throws<PolicyFormatException>(() => PortfolioPolicy.Parse(bad)).Path);
    }

    // ---- SP-C007: 白河商工學生學習歷程檔案作業補充規定 四(一)四, outcomes of credit-bearing courses

    private static readonly CourseCode OtherCourse = CourseCode.Parse("109041305H11101B1010102");

    // Three outcomes of the same course and term: 白河 四(二) expects at least three uploads per semester.
    private static LearningPortfolio WithCourses(IEnumerable<CourseRecord> courses) =>
        new(Student(), courses: courses, outcomes: [Outcome("O1"), Outcome("O2"), Outcome("O3")]);

    private static CourseRecord CourseRecord(string id, Term term, CourseCode? code = null) =>
        new(RecordId.Parse(id), term, code ?? Course, "國語文", 4, 80m);

    [Fact]
    public void An_outcome_of_a_course_in_the_students_records_for_its_term_passes()
    {
        var portfolio = WithCourses([CourseRecord("K1", T1141), CourseRecord("K2", T1142, OtherCourse)]);
        Assert.Empty(Baihe.Validate(portfolio).Issues);
    }

    [Fact]
    public void An_outcome_whose_course_was_taken_in_another_term_is_reported_as_a_warning()
    {
        var report = Baihe.Validate(WithCourses([CourseRecord("K1", T1142)]));
        Assert.Equal(3, report.Issues.Count);
        var issue = report.Issues[0];
        Assert.Equal("SP-C007", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal("$.outcomes[0].courseCode", issue.Path);
        Assert.Equal(["O1", Course.ToString(), "114-1"], issue.Arguments);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void An_outcome_of_a_course_not_in_the_records_is_reported_under_every_preset()
    {
        var portfolio = WithCourses([CourseRecord("K1", T1141, OtherCourse)]);
        string[] three = [RuleCodes.Content.OutcomeCourseNotTaken, RuleCodes.Content.OutcomeCourseNotTaken, RuleCodes.Content.OutcomeCourseNotTaken];
        Assert.Equal(three, Codes(Baihe.Validate(portfolio)));
        Assert.Equal(three, Codes(Songshan.Validate(portfolio)));
        Assert.Equal(three, Codes(National.Validate(portfolio)));
    }

    [Fact]
    public void Outcomes_are_not_checked_against_course_records_when_the_portfolio_carries_none()
    {
        Assert.Empty(Baihe.Validate(WithCourses([])).Issues);
    }
}
