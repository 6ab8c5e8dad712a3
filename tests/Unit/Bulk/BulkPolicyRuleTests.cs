using StudentPortfolio.Export;
using System.Globalization;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Bulk;

/// <summary>The policy rules on the bulk path (one token pass, then <see cref="RuleEvaluator"/>), at and over each limit.</summary>
public class BulkPolicyRuleTests
{
    private static readonly string Hash = new('a', 64);
    private static readonly PortfolioPolicy National = PolicyPresets.National;

    [Fact]
    public void Selecting_one_outcome_more_than_the_yearly_cap_is_rejected_and_the_cap_passes()
    {
        var cap = National.OutcomeSelectionsPerYear;

        Assert.DoesNotContain(QuotaRules.OutcomeSelectionsPerYear.Code, Codes(National, outcomes: Outcomes(cap, "114-1")));
        var issue = Assert.Single(Validate(National, outcomes: Outcomes(cap + 1, "114-1")).Issues, i => i.Code == QuotaRules.OutcomeSelectionsPerYear.Code);
        Assert.Equal(["114", Text(cap + 1), Text(cap)], issue.Arguments);
        Assert.Equal("$.students[0].outcomes", issue.Path);
    }

    [Fact]
    public void Selections_are_counted_per_academic_year()
    {
        var cap = National.OutcomeSelectionsPerYear;
        var outcomes = string.Join(',', Outcomes(cap, "113-2", prefix: "A"), Outcomes(cap, "114-1", prefix: "B"));

        Assert.Empty(Validate(National, outcomes: outcomes).Issues);
    }

    [Fact]
    public void Selecting_one_performance_more_than_the_yearly_cap_is_rejected_and_the_cap_passes()
    {
        var cap = National.PerformanceSelectionsPerYear;

        Assert.DoesNotContain(QuotaRules.PerformanceSelectionsPerYear.Code, Codes(National, performances: Performances(cap)));
        Assert.Contains(QuotaRules.PerformanceSelectionsPerYear.Code, Codes(National, performances: Performances(cap + 1)));
    }

    [Fact]
    public void A_term_enrolled_in_without_uploads_is_below_the_minimum_from_the_enrollment_history()
    {
        // 白河商工學生學習歷程檔案作業補充規定 四(二)一: at least three outcomes a semester. Admitted in 113-1, uploads only in 114-1.
        var admitted1131 = AdmittedIn1141.Replace("2025-08-01", "2024-08-01", StringComparison.Ordinal);
        var issues = Validate(PolicyPresets.Baihe, outcomes: Outcomes(3, "114-1", selected: false), enrollment: admitted1131).Issues;

        Assert.Equal(["113-1", "113-2"], issues.Where(i => i.Code == QuotaRules.OutcomeUploadsBelowMinimum.Code).Select(i => i.Arguments[0]).Order());
        Assert.DoesNotContain(issues, i => i.Code == QuotaRules.OutcomeUploadsBelowMinimum.Code && i.Arguments[0] == "114-1");
    }

    [Fact]
    public void Uploads_above_the_maximum_and_below_the_minimum_of_a_term_are_reported()
    {
        var policy = National with { OutcomeUploads = new UploadLimit(2, 3, QuotaPeriod.Semester, Severity.Warning) };

        Assert.Empty(Validate(policy, outcomes: Outcomes(3, "114-1", selected: false)).Issues);
        Assert.Empty(Validate(policy, outcomes: Outcomes(2, "114-1", selected: false)).Issues);
        Assert.Equal([QuotaRules.OutcomeUploadsAboveMaximum.Code], Codes(policy, outcomes: Outcomes(4, "114-1", selected: false)));
        var below = Assert.Single(Validate(policy, outcomes: Outcomes(1, "114-1", selected: false)).Issues);
        Assert.Equal(QuotaRules.OutcomeUploadsBelowMinimum.Code, below.Code);
        Assert.Equal(Severity.Warning, below.Severity);
        Assert.Equal("114-1", below.Arguments[0]);
    }

    [Fact]
    public void Yearly_upload_limits_add_both_semesters()
    {
        var policy = National with { PerformanceUploads = new UploadLimit(null, 3, QuotaPeriod.AcademicYear) };
        var two = string.Join(',', Performance("P1", "114-1", selected: false), Performance("P2", "114-2", selected: false));
        var four = string.Join(',', two, Performance("P3", "114-1", selected: false), Performance("P4", "114-2", selected: false));

        Assert.Empty(Validate(policy, performances: two).Issues);
        var issue = Assert.Single(Validate(policy, performances: four).Issues);
        Assert.Equal(QuotaRules.PerformanceUploadsAboveMaximum.Code, issue.Code);
        Assert.Equal("114", issue.Arguments[0]);
    }

    [Fact]
    public void Description_one_character_over_the_limit_is_rejected_and_the_limit_passes()
    {
        var max = National.Description.MaxCharacters;

        Assert.Empty(Validate(National, outcomes: Outcome("O1", description: new string('字', max))).Issues);
        var issue = Assert.Single(Validate(National, outcomes: Outcome("O1", description: new string('字', max + 1))).Issues);
        Assert.Equal(ContentRules.DescriptionTooLong.Code, issue.Code);
        Assert.Equal(["O1", Text(max + 1), Text(max)], issue.Arguments);
        Assert.Equal("$.students[0].outcomes[0].description", issue.Path);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_once()
    {
        var max = National.Description.MaxCharacters;

        Assert.Empty(Validate(National, performances: Performance("P1", description: string.Concat(Enumerable.Repeat("𠀀", max)))).Issues);
    }

    [Theory]
    [InlineData("")]
    [InlineData("　 ")]
    public void Blank_description_is_reported_when_the_policy_requires_one(string description)
    {
        var required = National with { Description = new DescriptionLimit(true, National.Description.MaxCharacters) };
        var optional = National with { Description = new DescriptionLimit(false, National.Description.MaxCharacters) };

        Assert.Equal([ContentRules.DescriptionEmpty.Code], Codes(required, performances: Performance("P1", description: description)));
        Assert.Empty(Validate(optional, performances: Performance("P1", description: description)).Issues);
    }

    [Fact]
    public void File_one_byte_over_its_type_limit_is_rejected_and_the_limit_passes()
    {
        Assert.True(National.TryGetMediaRule(StudentPortfolio.Portfolio.MediaType.Pdf, out var pdf));
        var max = pdf.MaxBytes;

        Assert.Empty(Validate(National, outcomes: Outcome("O1", files: File("r.pdf", "application/pdf", max))).Issues);
        var issue = Assert.Single(Validate(National, outcomes: Outcome("O1", files: File("r.pdf", "application/pdf", max + 1))).Issues);
        Assert.Equal(ContentRules.FileTooLarge.Code, issue.Code);
        Assert.Equal(["O1", "r.pdf", Text(max + 1), "application/pdf", Text(max)], issue.Arguments);
        Assert.Equal("$.students[0].outcomes[0].files[0].sizeBytes", issue.Path);
    }

    [Fact]
    public void File_type_outside_the_policy_is_rejected_and_a_policy_that_accepts_it_passes()
    {
        var gif = StudentPortfolio.Portfolio.MediaType.Parse("image/gif");
        var withGif = National with { Media = [.. National.Media, new MediaRule(gif, 1000)] };

        var issue = Assert.Single(Validate(National, performances: Performance("P1", files: File("a.gif", "image/gif", 10))).Issues);
        Assert.Equal(ContentRules.FileTypeNotAllowed.Code, issue.Code);
        Assert.Equal("$.students[0].performances[0].files[0].mediaType", issue.Path);
        Assert.Empty(Validate(withGif, performances: Performance("P1", files: File("a.gif", "image/gif", 1000))).Issues);
        Assert.Equal([ContentRules.FileTooLarge.Code], Codes(withGif, performances: Performance("P1", files: File("a.gif", "image/gif", 1001))));
    }

    [Fact]
    public void Start_after_end_is_rejected_and_the_same_day_passes()
    {
        static string Service(string start, string end) => Performance("P1", category: "serviceLearning", details: $"{{\"name\":\"淨灘\",\"organisation\":\"社團\",\"startDate\":\"{start}\",\"endDate\":\"{end}\",\"hours\":4}}");

        Assert.DoesNotContain(ContentRules.DateOrder.Code, Codes(National, performances: Service("2025-07-01", "2025-07-01")));
        var issue = Assert.Single(Validate(National, performances: Service("2025-07-02", "2025-07-01")).Issues, i => i.Code == ContentRules.DateOrder.Code);
        Assert.Equal(["P1", "2025-07-02", "2025-07-01"], issue.Arguments);
        Assert.Equal("$.students[0].performances[0].details.endDate", issue.Path);
    }

    [Fact]
    public void Missing_null_or_blank_required_details_fields_are_reported()
    {
        var policy = National with { RequiredPerformanceFields = [new PerformanceRequirement(PerformanceCategory.Competition, ["name", "award", "isTeam"])] };

        Assert.Empty(Validate(policy, performances: Performance("P1", details: "{\"name\":\"科展\",\"award\":\"佳作\",\"isTeam\":false}")).Issues);
        var issues = Validate(policy, performances: Performance("P1", details: "{\"name\":\" \",\"award\":null}")).Issues;
        Assert.Equal(["$.students[0].performances[0].details.award", "$.students[0].performances[0].details.isTeam", "$.students[0].performances[0].details.name"], issues.Select(i => i.Path).Order(StringComparer.Ordinal));
        Assert.All(issues, i => Assert.Equal(ContentRules.RequiredFieldMissing.Code, i.Code));
        Assert.Equal(["P1", "competition", "name"], issues.Single(i => i.Path.EndsWith(".name", StringComparison.Ordinal)).Arguments);
    }

    [Theory]
    [InlineData("pending", "null", "pending")]
    [InlineData("rejected", "null", "rejected")]
    [InlineData("certified", "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"", "changedAfterCertification")]
    public void Selected_outcome_without_a_current_certification_is_rejected(string status, string certifiedHash, string shown)
    {
        var issue = Assert.Single(Validate(National, outcomes: Outcome("O1", status: status, certifiedHash: certifiedHash)).Issues);

        Assert.Equal(SelectionRules.SelectedOutcomeNotCertified.Code, issue.Code);
        Assert.Equal(["O1", shown], issue.Arguments);
        Assert.Empty(Validate(National, outcomes: Outcome("O1", status: status, certifiedHash: certifiedHash, selected: false)).Issues);
    }

    [Fact]
    public void Certified_hash_in_upper_case_is_refused_as_the_importer_refuses_it()
    {
        var issues = Validate(National, outcomes: Outcome("O1", certifiedHash: "\"" + Hash.ToUpperInvariant() + "\"")).Issues;

        Assert.Contains(issues, i => i.Code == "SP-X008" && i.Path == "$.students[0].outcomes[0].certification.certifiedHash");
    }

    [Fact]
    public void The_same_work_selected_twice_is_reported_on_both_and_once_selected_passes()
    {
        var twice = string.Join(',', Outcome("O1", contentHash: Hash), Outcome("O2", contentHash: Hash));
        var once = string.Join(',', Outcome("O1", contentHash: Hash), Outcome("O2", contentHash: Hash, selected: false));

        var issues = Validate(National, outcomes: twice).Issues;
        Assert.Equal([SelectionRules.DuplicateSelection.Code, SelectionRules.DuplicateSelection.Code], issues.Select(i => i.Code));
        Assert.Equal(["O1", "1"], issues[0].Arguments);
        Assert.Empty(Validate(National, outcomes: once).Issues);
    }

    [Fact]
    public async Task Parameterless_validator_checks_the_format_only()
    {
        var json = BulkJson.Document(Student(outcomes: Outcomes(National.OutcomeSelectionsPerYear + 1, "114-1")));

        var formatOnly = await new BulkValidator().ValidateAsync(BulkJson.Stream(json), cancellationToken: TestContext.Current.CancellationToken);
        var national = await new BulkValidator(National).ValidateAsync(BulkJson.Stream(json), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, formatOnly.ErrorCount);
        Assert.Equal(1, national.IssueCountsByCode[QuotaRules.OutcomeSelectionsPerYear.Code]);
        Assert.Throws<ArgumentNullException>(() => new BulkValidator((PortfolioPolicy)null!));
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string File(string name, string mediaType, long size) =>
        $"[{{\"fileName\":\"{name}\",\"mediaType\":\"{mediaType}\",\"sizeBytes\":{size},\"sha256\":\"{Hash[..64]}\"}}]";

    private static string Outcome(string id, string term = "114-1", bool selected = true, string description = "說明", string? files = null, string status = "certified", string? certifiedHash = null, string? contentHash = null)
    {
        var hash = contentHash ?? Hash[..63] + (id.Length % 10).ToString(CultureInfo.InvariantCulture);
        return $"{{\"id\":\"{id}\",\"term\":\"{term}\",\"courseCode\":\"113041305ABCDEFGHIJKLMN\",\"kind\":\"regular\",\"origin\":null,\"title\":\"報告\",\"description\":\"{description}\",\"files\":{files ?? "[]"},"
            + $"\"certification\":{{\"status\":\"{status}\",\"certifiedHash\":{certifiedHash ?? "\"" + hash + "\""}}},\"selected\":{(selected ? "true" : "false")},\"contentHash\":\"{hash}\"}}";
    }

    private static string Outcomes(int n, string term, bool selected = true, string prefix = "O") =>
        string.Join(',', Enumerable.Range(0, n).Select(i => Outcome(prefix + i.ToString(CultureInfo.InvariantCulture), term, selected, description: "說明" + prefix + i.ToString(CultureInfo.InvariantCulture))));

    private static string Performance(string id, string term = "114-1", bool selected = true, string category = "competition", string details = "{\"name\":\"科展\",\"event\":\"物理\",\"levelCode\":\"L1\",\"award\":\"佳作\",\"resultDate\":\"2025-11-02\",\"isTeam\":false}", string description = "說明", string? files = null) =>
        $"{{\"id\":\"{id}\",\"term\":\"{term}\",\"category\":\"{category}\",\"details\":{details},\"description\":\"{description}\",\"files\":{files ?? "[]"},\"link\":null,\"selected\":{(selected ? "true" : "false")}}}";

    private static string Performances(int n) => string.Join(',', Enumerable.Range(0, n).Select(i => Performance("P" + i.ToString(CultureInfo.InvariantCulture))));

    // Admitted at the start of 114-1, the term of the generated records.
    private const string AdmittedIn1141 = "[{\"date\":\"2025-08-01\",\"kind\":\"admit\",\"school\":\"041305\",\"counterpartSchool\":null,\"programme\":\"301\"}]";

    private static string Student(string? outcomes = null, string? performances = null, string enrollment = AdmittedIn1141) =>
        BulkJson.Student(courses: "[" + BulkJson.Course() + "," + BulkJson.Course("K2", term: "113-2") + "]", outcomes: "[" + (outcomes ?? string.Empty) + "]", performances: "[" + (performances ?? string.Empty) + "]", enrollment: enrollment);

    private static StudentValidationResult Validate(PortfolioPolicy policy, string? outcomes = null, string? performances = null, string enrollment = AdmittedIn1141)
    {
        var bytes = Encoding.UTF8.GetBytes(Student(outcomes, performances, enrollment));
        var validator = new StudentSliceValidator(new RuleEvaluator(policy, null), PortfolioValidationOptions.Default);
        return validator.Validate(new StudentFrame(0, 0, 1, bytes, bytes.Length, ElementProblem.None, null, 0, 1, bytes.Length));
    }

    private static string[] Codes(PortfolioPolicy policy, string? outcomes = null, string? performances = null) =>
        Validate(policy, outcomes, performances).Issues.Select(i => i.Code).ToArray();
}
