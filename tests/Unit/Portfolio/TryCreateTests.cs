using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Portfolio;

/// <summary>Entities built from database rows report every bad stored field (SP-D003) instead of throwing.</summary>
public class TryCreateTests
{
    private const string Course = "109041305H11101B1010101";
    private static readonly LocalDate Birth = new(2008, 5, 1);

    [Fact]
    public void A_valid_row_builds_basic_data_with_a_lower_case_id_normalised()
    {
        Assert.True(StudentBasicData.TryCreate("a123456789", Birth, "王測試", "041305", "S001", "資訊科", StudentBasicData.MaxGrade, "301", 1, out var data, out var issues));

        Assert.Empty(issues);
        Assert.Equal(NationalId.Parse("A123456789"), data.Key.NationalId);
    }

    [Fact]
    public void Every_bad_field_of_a_basic_data_row_is_reported_at_once_with_the_id_masked()
    {
        var ok = StudentBasicData.TryCreate("A123456780", Birth, null, "04130", "S001", "資訊科", StudentBasicData.MaxGrade + 1, "301", 0, out var data, out var issues);

        Assert.False(ok);
        Assert.Null(data);
        Assert.All(issues, i => Assert.Equal(RuleCodes.Integrity.StoredFieldInvalid, i.Code));
        Assert.Equal(["$.grade", "$.name", "$.nationalId", "$.school", "$.seat"], issues.Select(i => i.Path).Order(StringComparer.Ordinal));
        Assert.Equal("SP-D003", issues[0].Code);
        Assert.All(issues, i => Assert.DoesNotContain("A123456780", i.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(StudentBasicData.MaxGrade, true)]
    [InlineData(StudentBasicData.MaxGrade + 1, false)]
    public void Grade_is_checked_at_its_boundaries(int grade, bool valid)
    {
        var ok = StudentBasicData.TryCreate("A123456789", Birth, "王", "041305", "S1", "科", grade, "301", null, out _, out var issues);

        Assert.Equal(valid, ok);
        Assert.Equal(valid ? 0 : 1, issues.Count);
    }

    [Fact]
    public void Course_record_rows_report_term_code_and_credits_and_build_when_valid()
    {
        Assert.True(CourseRecord.TryCreate("C1", "114-1", Course, "國語文", 0, 88m, CourseRecordKind.Regular, null, out var record, out var none));
        Assert.Empty(none);
        Assert.Equal(Term.Parse("114-1"), record.Term);

        Assert.False(CourseRecord.TryCreate("C1", "114-3", "short", "國語文", -1, null, CourseRecordKind.Regular, null, out var bad, out var issues));
        Assert.Null(bad);
        Assert.Equal(["$.courseCode", "$.credits", "$.term"], issues.Select(i => i.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_structural_rule_the_constructor_enforces_becomes_an_issue_too()
    {
        // A make-up record (補修) needs its origin.
        Assert.False(CourseRecord.TryCreate("C1", "114-1", Course, "國語文", 2, null, CourseRecordKind.MakeUp, null, out _, out var issues));

        var issue = Assert.Single(issues);
        Assert.Equal("$.origin", issue.Path);
        Assert.Equal(RuleCodes.Integrity.StoredFieldInvalid, issue.Code);
    }

    [Fact]
    public void Cadre_and_outcome_rows_report_bad_fields_and_build_when_valid()
    {
        Assert.True(CadreRecord.TryCreate("K1", "114-1", CadreLevel.Class, "301", "班長", out var cadre, out _));
        Assert.Equal("班長", cadre.Title);
        Assert.False(CadreRecord.TryCreate("", "114-1", (CadreLevel)99, "301", null, out _, out var cadreIssues));
        Assert.Equal(["$.id", "$.level", "$.title"], cadreIssues.Select(i => i.Path).Order(StringComparer.Ordinal));

        Assert.True(CourseLearningOutcome.TryCreate("O1", "114-1", Course, "報告", "課堂報告", null, null, true, CourseRecordKind.Regular, null, out var outcome, out _));
        Assert.True(outcome.IsSelected);
        Assert.False(CourseLearningOutcome.TryCreate("O1", null, Course, "報告", null, null, null, false, CourseRecordKind.Regular, null, out _, out var outcomeIssues));
        Assert.Equal(["$.description", "$.term"], outcomeIssues.Select(i => i.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Multi_performance_rows_report_id_term_details_description_and_link_and_build_when_valid()
    {
        var details = new WorkDetails("海報", new LocalDate(2025, 10, 1));
        Assert.True(MultiPerformanceItem.TryCreate("P1", "114-1", details, "作品說明", null, "https://example.org/work", true, out var item, out var none));
        Assert.Empty(none);
        Assert.Equal((PerformanceCategory.Works, true, "https://example.org/work"), (item.Category, item.IsSelected, item.Link!.ToString()));
        Assert.True(MultiPerformanceItem.TryCreate("P1", "114-1", details, "", null, null, false, out var unlinked, out _));
        Assert.Null(unlinked.Link);

        Assert.False(MultiPerformanceItem.TryCreate("P 1", "114-9", null, null, null, "ftp://example.org/x", false, out var bad, out var issues));
        Assert.Null(bad);
        Assert.Equal(["$.description", "$.details", "$.id", "$.link", "$.term"], issues.Select(i => i.Path).Order(StringComparer.Ordinal));
        Assert.All(issues, i => Assert.Equal(RuleCodes.Integrity.StoredFieldInvalid, i.Code));
    }

    [Theory]
    [InlineData("http://example.org/a", true)]
    [InlineData("https://example.org/a", true)]
    [InlineData("mailto:someone@example.org", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    public void A_stored_performance_link_must_be_an_absolute_http_or_https_uri(string link, bool valid)
    {
        var ok = MultiPerformanceItem.TryCreate("P1", "114-1", new WorkDetails("海報", null), "說明", null, link, false, out _, out var issues);

        Assert.Equal(valid, ok);
        Assert.Equal(valid ? [] : ["$.link"], issues.Select(i => i.Path));
    }

    [Fact]
    public void Counselling_rows_report_every_bad_field_and_build_when_valid()
    {
        var at = new LocalDateTime(2025, 10, 1, 10, 0);
        Assert.True(CounsellingRecord.TryCreate("G1", at, "輔導室", "選課諮詢", "建議修習進階課程", "T010", out var record, out var none));
        Assert.Empty(none);
        Assert.Equal((at, "T010"), (record.OccurredAt, record.Counsellor));

        Assert.False(CounsellingRecord.TryCreate(null, at, null, "內容", null, " ", out var bad, out var issues));
        Assert.Null(bad);
        Assert.Equal(["$.counsellor", "$.id", "$.opinions", "$.place"], issues.Select(i => i.Path).Order(StringComparer.Ordinal));
    }
}
