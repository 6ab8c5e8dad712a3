using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using static StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Validation;

public class PortfolioValidatorTests
{
    private static readonly PortfolioValidator National = new(PolicyPresets.National);
    private static readonly PortfolioValidator Baihe = new(PolicyPresets.Baihe);
    private static readonly PortfolioValidator Songshan = new(PolicyPresets.Songshan);

    private static string[] Codes(ValidationReport report) => report.Issues.Select(i => i.Code).ToArray();

    // ---- SP-Q001 / SP-Q002: selections per academic year

    [Fact]
    public void Selecting_six_outcomes_in_a_year_is_accepted()
    {
        var report = National.Validate(PortfolioOf(Outcomes(6)));
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Selecting_seventh_outcome_in_a_year_is_rejected()
    {
        var report = National.Validate(PortfolioOf(Outcomes(7)));
        var issue = Assert.Single(report.Issues);
        Assert.Equal("SP-Q001", issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(["114", "7", "6"], issue.Arguments);
        Assert.Equal("$.outcomes", issue.Path);
        Assert.Contains("114", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_selections_count_per_academic_year_of_the_work_across_semesters()
    {
        Assert.Empty(National.Validate(PortfolioOf(Outcomes(6, T1131).Concat(Outcomes(6, T1141))).WithOutcomes(Outcomes(6, T1131).Concat(Outcomes(6, T1141)))).Issues);
        var report = National.Validate(PortfolioOf(Outcomes(4, T1141).Concat(Outcomes(3, T1142))));
        Assert.Equal(["SP-Q001"], Codes(report));
    }

    [Fact]
    public void A_repeated_year_has_its_own_outcome_quota()
    {
        // Repeating grade 2 in 114 after 113: each academic year has its own six.
        var report = National.Validate(PortfolioOf(Outcomes(6, T1131, prefix: "first").Concat(Outcomes(6, T1141, prefix: "repeat"))));
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Selecting_ten_performances_in_a_year_is_accepted_and_eleven_is_rejected()
    {
        Assert.Empty(National.Validate(PortfolioOf(performances: Performances(10))).Issues);
        var issue = Assert.Single(National.Validate(PortfolioOf(performances: Performances(11))).Issues);
        Assert.Equal("SP-Q002", issue.Code);
        Assert.Equal(["114", "11", "10"], issue.Arguments);
    }

    [Fact]
    public void Unselected_items_do_not_count_toward_the_selection_caps()
    {
        Assert.Empty(National.Validate(PortfolioOf(Outcomes(6).Concat(Outcomes(5, selected: false, prefix: "U")))).Issues);
    }

    // ---- SP-Q003 / SP-Q004 / SP-Q005 / SP-Q006: uploads

    [Fact]
    public void Songshan_accepts_six_outcome_uploads_per_semester_and_rejects_seven()
    {
        Assert.Empty(Songshan.Validate(PortfolioOf(Outcomes(6, T1141, selected: false).Concat(Outcomes(6, T1142, selected: false)))).Issues);
        var issue = Assert.Single(Songshan.Validate(PortfolioOf(Outcomes(7, T1141, selected: false))).Issues);
        Assert.Equal("SP-Q003", issue.Code);
        Assert.Equal(["114-1", "7", "6", "songshan"], issue.Arguments);
    }

    [Fact]
    public void Baihe_warns_below_three_outcome_uploads_in_a_semester()
    {
        Assert.Empty(Baihe.Validate(PortfolioOf(Outcomes(3, selected: false))).Issues);
        var report = Baihe.Validate(PortfolioOf(Outcomes(2, selected: false)));
        var issue = Assert.Single(report.Issues);
        Assert.Equal("SP-Q004", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Baihe_warns_for_an_enrolled_term_without_any_upload()
    {
        var options = new PortfolioValidationOptions { EnrolledTerms = [T1141, T1142] };
        var report = Baihe.Validate(PortfolioOf(Outcomes(3, T1141, selected: false)), options);
        var issue = Assert.Single(report.Issues);
        Assert.Equal("SP-Q004", issue.Code);
        Assert.Equal(["114-2", "0", "3", "baihe"], issue.Arguments);
    }

    [Fact]
    public void A_policy_can_make_the_upload_minimum_an_error()
    {
        var strict = new PortfolioValidator(PolicyPresets.Baihe with { OutcomeUploads = new UploadLimit(3, null, QuotaPeriod.Semester, Severity.Error) });
        var report = strict.Validate(PortfolioOf(Outcomes(2, selected: false)));
        Assert.Equal(Severity.Error, Assert.Single(report.Issues).Severity);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Baihe_accepts_five_performance_uploads_per_semester_and_rejects_six()
    {
        Assert.Empty(Baihe.Validate(PortfolioOf(Outcomes(3, selected: false), Performances(5, selected: false))).Issues);
        var issue = Assert.Single(Baihe.Validate(PortfolioOf(Outcomes(3, selected: false), Performances(6, selected: false))).Issues);
        Assert.Equal("SP-Q005", issue.Code);
        Assert.Equal(["114-1", "6", "5", "baihe"], issue.Arguments);
    }

    [Fact]
    public void Songshan_counts_performance_uploads_per_academic_year()
    {
        Assert.Empty(Songshan.Validate(PortfolioOf(performances: Performances(5, T1141, false).Concat(Performances(5, T1142, false)))).Issues);
        var issue = Assert.Single(Songshan.Validate(PortfolioOf(performances: Performances(6, T1141, false).Concat(Performances(5, T1142, false)))).Issues);
        Assert.Equal("SP-Q005", issue.Code);
        Assert.Equal(["114", "11", "10", "songshan"], issue.Arguments);
    }

    [Fact]
    public void A_performance_upload_minimum_warns_below_and_passes_at_the_minimum()
    {
        var policy = PolicyPresets.National with { PerformanceUploads = new UploadLimit(1, null, QuotaPeriod.AcademicYear) };
        var validator = new PortfolioValidator(policy);
        var options = new PortfolioValidationOptions { EnrolledTerms = [T1141, T1142] };
        Assert.Empty(validator.Validate(PortfolioOf(performances: Performances(1, T1142, false)), options).Issues);
        var issue = Assert.Single(validator.Validate(PortfolioOf(), options).Issues);
        Assert.Equal("SP-Q006", issue.Code);
        Assert.Equal(["114", "0", "1", policy.Id], issue.Arguments);
    }

    // ---- SP-S001: selected outcome not certified

    [Fact]
    public void Selecting_an_uncertified_outcome_is_rejected()
    {
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", selected: true, certified: false)])).Issues);
        Assert.Equal("SP-S001", issue.Code);
        Assert.Equal("$.outcomes[0].selected", issue.Path);
        Assert.Equal(["O1", "pending"], issue.Arguments);
    }

    [Fact]
    public void Selecting_a_certified_outcome_or_not_selecting_a_pending_one_is_accepted()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", selected: true), Outcome("O2", certified: false)])).Issues);
    }

    [Fact]
    public void An_outcome_changed_after_certification_cannot_be_selected()
    {
        var changed = Outcome("O1", selected: true).WithContent("新標題", "新說明", [File()]);
        var issue = Assert.Single(National.Validate(PortfolioOf([changed])).Issues);
        Assert.Equal(["O1", "changedAfterCertification"], issue.Arguments);
    }

    [Fact]
    public void A_rejected_outcome_cannot_be_selected()
    {
        var rejected = Outcome("O1", certified: false, selected: true).WithCertification(Certification.Reject("T001", CertifiedAt, "非本課程作品"));
        Assert.Equal(["O1", "rejected"], Assert.Single(National.Validate(PortfolioOf([rejected])).Issues).Arguments);
    }

    // ---- SP-S002: duplicate selection

    [Fact]
    public void Selecting_the_same_work_under_two_ids_is_rejected_for_both()
    {
        var a = Outcome("O1", selected: true, description: "同一份報告");
        var b = new CourseLearningOutcome(Assert.IsType<RecordId>(RecordId.Parse("O2")), a.Term, a.CourseCode, a.Title, a.Description, a.Files, isSelected: true);
        b = b.WithCertification(Certification.Certify("T001", CertifiedAt, b.ContentHash));
        var report = National.Validate(PortfolioOf([a, b]));
        Assert.Equal(["SP-S002", "SP-S002"], Codes(report));
        Assert.Equal(["O1", "1"], report.Issues[0].Arguments);
    }

    [Fact]
    public void Selecting_two_different_works_is_accepted()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", selected: true), Outcome("O2", selected: true)])).Issues);
    }

    // ---- SP-S003: selection from another academic year

    [Fact]
    public void Selecting_an_item_of_another_academic_year_in_a_submission_is_rejected()
    {
        var options = new PortfolioValidationOptions { SubmissionYear = T1141.Year };
        var report = National.Validate(PortfolioOf([Outcome("O1", T1131, selected: true)], [Performance("P1", T1131, selected: true)]), options);
        Assert.Equal(["SP-S003", "SP-S003"], Codes(report));
        Assert.Equal(["O1", "113", "114"], report.Issues.Single(i => i.Path == "$.outcomes[0].term").Arguments);
    }

    [Fact]
    public void Selecting_items_of_the_submission_year_or_leaving_old_items_unselected_is_accepted()
    {
        var options = new PortfolioValidationOptions { SubmissionYear = T1141.Year };
        var report = National.Validate(PortfolioOf([Outcome("O1", T1142, selected: true), Outcome("O2", T1131)], [Performance("P1", T1141, selected: true)]), options);
        Assert.Empty(report.Issues);
    }

    // ---- SP-C001 / SP-C002: descriptions

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_description_is_rejected(string description)
    {
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", description: description)])).Issues);
        Assert.Equal("SP-C001", issue.Code);
        Assert.Equal("$.outcomes[0].description", issue.Path);
    }

    [Fact]
    public void A_one_character_description_is_accepted_and_an_optional_one_may_be_empty()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", description: "好")])).Issues);
        var lenient = new PortfolioValidator(PolicyPresets.National with { Description = new DescriptionLimit(false, 100) });
        Assert.Empty(lenient.Validate(PortfolioOf(performances: [Performance("P1", description: "")])).Issues);
    }

    [Fact]
    public void A_description_of_100_chinese_characters_is_accepted_and_101_is_rejected()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", description: new string('學', 100))])).Issues);
        var issue = Assert.Single(National.Validate(PortfolioOf(performances: [Performance("P1", description: new string('學', 101))])).Issues);
        Assert.Equal("SP-C002", issue.Code);
        Assert.Equal(["P1", "101", "100"], issue.Arguments);
        Assert.Equal("$.performances[0].description", issue.Path);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_once()
    {
        var hundred = string.Concat(Enumerable.Repeat("𠮷", 100));
        Assert.Equal(200, hundred.Length);
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", description: hundred)])).Issues);
    }

    // ---- SP-C003 / SP-C004: files

    [Fact]
    public void A_file_type_outside_the_policy_is_rejected()
    {
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", files: [File("a.gif", MediaType.Parse("image/gif"))])])).Issues);
        Assert.Equal("SP-C003", issue.Code);
        Assert.Equal("$.outcomes[0].files[0].mediaType", issue.Path);
        Assert.Equal("application/pdf, image/jpeg, image/png, audio/mpeg, video/mp4", issue.Arguments[3]);
    }

    [Fact]
    public void A_document_of_exactly_4_MiB_is_accepted_and_one_byte_more_is_rejected()
    {
        const long fourMiB = 4L * 1024 * 1024;
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", files: [File("a.png", MediaType.Png, fourMiB)])])).Issues);
        var issue = Assert.Single(National.Validate(PortfolioOf(performances: [Performance("P1", files: [File("a.mp4", MediaType.Mp4), File("b.pdf", MediaType.Pdf, fourMiB + 1)])])).Issues);
        Assert.Equal("SP-C004", issue.Code);
        Assert.Equal("$.performances[0].files[1].sizeBytes", issue.Path);
        Assert.Equal(["P1", "b.pdf", "4194305", "application/pdf", "4194304"], issue.Arguments);
    }

    [Fact]
    public void A_video_of_exactly_10_MiB_is_accepted_and_one_byte_more_is_rejected()
    {
        const long tenMiB = 10L * 1024 * 1024;
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", files: [File("a.mp4", MediaType.Mp4, tenMiB)])])).Issues);
        Assert.Equal(["SP-C004"], Codes(National.Validate(PortfolioOf([Outcome("O1", files: [File("a.mp3", MediaType.Mp3, tenMiB + 1)])]))));
    }

    // ---- SP-C005: date order

    [Fact]
    public void A_performance_ending_before_it_starts_is_rejected()
    {
        var details = new ServiceLearningDetails("淨灘", "環保協會", new LocalDate(2025, 10, 2), new LocalDate(2025, 10, 1), 4);
        var issue = Assert.Single(National.Validate(PortfolioOf(performances: [Performance("P1", details: details)])).Issues);
        Assert.Equal("SP-C005", issue.Code);
        Assert.Equal(["P1", "2025-10-02", "2025-10-01"], issue.Arguments);
    }

    [Fact]
    public void A_performance_starting_and_ending_on_the_same_day_is_accepted()
    {
        var details = new ServiceLearningDetails("淨灘", "環保協會", new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 1), 4);
        Assert.Empty(National.Validate(PortfolioOf(performances: [Performance("P1", details: details)])).Issues);
    }

    // ---- SP-C006: required fields per category

    [Fact]
    public void A_competition_without_its_result_date_or_with_a_blank_name_is_rejected()
    {
        var details = new CompetitionDetails(" ", "英文作文", null, "佳作", null, false);
        var report = National.Validate(PortfolioOf(performances: [Performance("P1", details: details)]));
        Assert.Equal(["SP-C006", "SP-C006"], Codes(report));
        Assert.Equal(["$.performances[0].details.name", "$.performances[0].details.resultDate"], report.Issues.Select(i => i.Path));
        Assert.Equal(["P1", "competition", "name"], report.Issues[0].Arguments);
    }

    [Fact]
    public void A_competition_with_its_required_fields_is_accepted()
    {
        var details = new CompetitionDetails("全國商業技藝競賽", null, null, null, new LocalDate(2025, 11, 2), null);
        Assert.Empty(National.Validate(PortfolioOf(performances: [Performance("P1", details: details)])).Issues);
    }

    [Fact]
    public void Every_category_with_all_fields_filled_passes_the_national_requirements()
    {
        var d = new LocalDate(2025, 10, 1);
        PerformanceDetails[] all =
        [
            new CadreDetails("商二甲", d, d, "班長", CadreLevel.Class),
            new CompetitionDetails("n", "e", "L", "a", d, true),
            new CertificateDetails("C", "90", "s", d, "N", "g"),
            new ServiceLearningDetails("n", "o", d, d, 1),
            new FlexibleLearningDetails("t", "n", "o", T1141, 2, 18),
            new GroupActivityDetails("t", "o", "n", T1141, 2),
            new WorkplaceLearningDetails("t", "o", "j", d, d, 8),
            new WorkDetails("n", d),
            new AdvancedCourseDetails("p", "o", "c", d, d, 2, 36),
            new OtherPerformanceDetails("n", "o", d, d, 3),
        ];
        var report = National.Validate(PortfolioOf(performances: all.Select((x, i) => Performance($"P{i}", details: x))));
        Assert.Empty(report.Issues);
        Assert.Equal(10, all.Select(x => x.Category).Distinct().Count());
    }

    // ---- SP-D001: duplicate record id

    [Fact]
    public void Two_outcomes_with_the_same_id_are_both_reported()
    {
        var report = National.Validate(PortfolioOf([Outcome("O1"), Outcome("O1", T1142)]));
        Assert.Equal(["SP-D001", "SP-D001"], Codes(report));
        Assert.Equal(["$.outcomes[0].id", "$.outcomes[1].id"], report.Issues.Select(i => i.Path));
        Assert.Equal(["O1", "outcomes", "2"], report.Issues[0].Arguments);
    }

    [Fact]
    public void The_same_id_in_two_collections_is_accepted()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("X1")], [Performance("X1")])).Issues);
    }

    // ---- SP-W001 / SP-W006: certification outside its window

    private static SubmissionCalendar CertificationCalendar() => new(
    [
        new SubmissionWindow(WindowKind.TeacherCertification, T1141, Instant.FromUtc(2025, 9, 1, 0, 0), CertifiedAt),
        new SubmissionWindow(WindowKind.TeacherCertification, T1142, Instant.FromUtc(2026, 2, 23, 0, 0), Instant.FromUtc(2026, 7, 20, 0, 0)),
        new SubmissionWindow(WindowKind.TeacherCertification, T1142, Instant.FromUtc(2026, 2, 23, 0, 0), Instant.FromUtc(2026, 5, 20, 0, 0), forGraduatingGrade: true),
    ]);

    [Fact]
    public void A_certification_at_the_last_instant_of_its_window_is_accepted()
    {
        var validator = new PortfolioValidator(PolicyPresets.National, CertificationCalendar());
        Assert.Empty(validator.Validate(PortfolioOf([Outcome("O1", certifiedAt: CertifiedAt)])).Issues);
    }

    [Fact]
    public void A_certification_after_its_window_is_rejected()
    {
        var validator = new PortfolioValidator(PolicyPresets.National, CertificationCalendar());
        var late = CertifiedAt + Duration.FromSeconds(1);
        var issue = Assert.Single(validator.Validate(PortfolioOf([Outcome("O1", certifiedAt: late)])).Issues);
        Assert.Equal("SP-W001", issue.Code);
        Assert.Equal("$.outcomes[0].certification.decidedAt", issue.Path);
        Assert.Equal(["TeacherCertification", "114-1", "2026-01-10T10:00:01+08", "2025-09-01T08:00:00+08", "2026-01-10T10:00:00+08"], issue.Arguments);
    }

    [Fact]
    public void A_graduating_student_may_be_certified_in_the_graduating_window()
    {
        var validator = new PortfolioValidator(PolicyPresets.National, CertificationCalendar());
        var at = Instant.FromUtc(2026, 5, 1, 0, 0);
        Assert.Empty(validator.Validate(PortfolioOf([Outcome("O1", T1142, certifiedAt: at)], grade: 3)).Issues);
        var after = Instant.FromUtc(2026, 7, 21, 0, 0);
        Assert.Equal(["SP-W001"], Codes(validator.Validate(PortfolioOf([Outcome("O1", T1142, certifiedAt: after)], grade: 3))));
    }

    [Fact]
    public void A_certification_in_a_term_without_a_published_window_is_a_warning()
    {
        var validator = new PortfolioValidator(PolicyPresets.National, CertificationCalendar());
        var issue = Assert.Single(validator.Validate(PortfolioOf([Outcome("O1", T1131, certifiedAt: Instant.FromUtc(2024, 12, 1, 0, 0))])).Issues);
        Assert.Equal("SP-W006", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
    }

    [Fact]
    public void Without_a_calendar_certification_times_are_not_checked()
    {
        Assert.Empty(National.Validate(PortfolioOf([Outcome("O1", certifiedAt: Instant.FromUtc(2030, 1, 1, 0, 0))])).Issues);
    }

    // ---- reports, paths, masking, ValidateAndThrow

    [Fact]
    public void Issue_paths_take_the_callers_prefix_and_the_student_is_masked()
    {
        var options = new PortfolioValidationOptions { PathPrefix = "$.students[3]" };
        var issue = Assert.Single(National.Validate(PortfolioOf([Outcome("O1", description: "")]), options).Issues);
        Assert.Equal("$.students[3].outcomes[0].description", issue.Path);
        Assert.DoesNotContain(NationalIdText, issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("A12****789", issue.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PortfolioValidationOptions { PathPrefix = "students" });
    }

    [Fact]
    public void ValidateAndThrow_throws_on_errors_with_the_student_masked()
    {
        var e = Assert.Throws<PortfolioValidationException>(() => National.ValidateAndThrow(PortfolioOf(Outcomes(7))));
        Assert.Equal(["SP-Q001"], Codes(e.Report));
        Assert.Contains("SP-Q001", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(NationalIdText, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAndThrow_returns_a_report_with_only_warnings()
    {
        var report = Baihe.ValidateAndThrow(PortfolioOf(Outcomes(2, selected: false)));
        Assert.Equal(1, report.WarningCount);
    }

    [Fact]
    public void Validating_twice_gives_equal_reports()
    {
        var portfolio = PortfolioOf(Outcomes(8).Append(Outcome("O1", description: "")), Performances(12));
        Assert.Equal(National.Validate(portfolio), National.Validate(portfolio));
    }
}
