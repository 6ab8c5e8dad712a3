using StudentPortfolio.Export;
using System.Text;
using StudentPortfolio.Bulk;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Bulk;

public sealed class StudentSliceValidatorTests
{
    private readonly StudentSliceValidator _validator = new(null, PortfolioValidationOptions.Default);

    private StudentValidationResult Validate(string studentJson, long index = 3)
    {
        var bytes = Encoding.UTF8.GetBytes(studentJson);
        return _validator.Validate(new StudentFrame(index, 100, 2, bytes, bytes.Length, ElementProblem.None, null, 100, 2, bytes.Length));
    }

    private static string[] Codes(StudentValidationResult r) => r.Issues.Select(i => i.Code).ToArray();

    [Fact]
    public void Valid_student_has_no_issues_and_a_key()
    {
        var result = Validate(BulkJson.Student());

        Assert.Empty(result.Issues);
        Assert.Equal("A12****789/2008-05-01", result.Student?.ToString());
    }

    [Fact]
    public void National_id_with_a_wrong_check_digit_is_rejected_and_shown_masked()
    {
        var result = Validate(BulkJson.Student(nationalId: "A123456788"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("SP-X009", issue.Code);
        Assert.Equal("$.students[3].nationalId", issue.Path);
        Assert.Contains("A12****788", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("A123456788", issue.Message + issue.MessageZh + issue.ToString(), StringComparison.Ordinal);
        Assert.Null(result.Student);
    }

    [Theory]
    [InlineData("a123456789")]
    [InlineData(" A123456789")]
    [InlineData("A123456789\\t")]
    public void National_id_not_written_in_the_submission_form_is_refused_as_the_importer_refuses_it(string nationalId)
    {
        var issue = Assert.Single(Validate(BulkJson.Student(nationalId: nationalId)).Issues);

        Assert.Equal("SP-X009", issue.Code);
        Assert.Contains("spaces", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_name_is_accepted_like_the_importer_accepts_it()
    {
        Assert.Empty(Validate(BulkJson.Student(name: "\"\"")).Issues);
    }

    [Fact]
    public void Null_name_is_the_wrong_type_and_a_missing_name_is_reported()
    {
        Assert.Equal(["SP-X004"], Codes(Validate(BulkJson.Student(name: "null"))));
        Assert.Equal(["SP-X006"], Codes(Validate(BulkJson.Student().Replace("\"name\":\"王小明\",", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void One_character_name_passes()
    {
        Assert.Empty(Validate(BulkJson.Student(name: "\"王\"")).Issues);
    }

    [Theory]
    [InlineData("\"2008-02-30\"")]
    [InlineData("\"2008/05/01\"")]
    [InlineData("\"08-05-01\"")]
    [InlineData("\"0000-05-01\"")]
    [InlineData("\"2008-05-01 \"")]
    public void Invalid_birth_date_is_rejected(string date)
    {
        var issue = Assert.Single(Validate(BulkJson.Student(birthDate: date)).Issues);

        Assert.Equal("SP-X008", issue.Code);
        Assert.Equal("$.students[3].birthDate", issue.Path);
    }

    [Fact]
    public void Leap_day_birth_date_passes()
    {
        Assert.Empty(Validate(BulkJson.Student(birthDate: "\"2008-02-29\"")).Issues);
    }

    [Fact]
    public void Twenty_two_character_course_code_is_rejected()
    {
        var issue = Assert.Single(Validate(BulkJson.Student(courses: "[" + BulkJson.Course(courseCode: "113041305ABCDEFGHIJKLM") + "]")).Issues);

        Assert.Equal("SP-X008", issue.Code);
        Assert.Equal("$.students[3].courses[0].courseCode", issue.Path);
    }

    [Fact]
    public void Invalid_school_code_is_rejected()
    {
        var issue = Assert.Single(Validate(BulkJson.Student(school: "\"04130\"")).Issues);

        Assert.Equal("SP-X008", issue.Code);
    }

    [Fact]
    public void Record_id_of_sixty_five_characters_is_rejected_and_sixty_four_pass()
    {
        var tooLong = Validate(BulkJson.Student(courses: "[" + BulkJson.Course(id: new string('K', 65)) + "]"));
        var atLimit = Validate(BulkJson.Student(courses: "[" + BulkJson.Course(id: new string('K', 64)) + "]"));

        Assert.Equal(["SP-X008"], Codes(tooLong));
        Assert.Empty(atLimit.Issues);
    }

    [Fact]
    public void Record_without_id_is_a_missing_required_field()
    {
        var result = Validate(BulkJson.Student(cadres: "[{\"term\":\"114-1\",\"level\":\"class\",\"unit\":\"商二甲\",\"title\":\"班長\"}]"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("SP-X006", issue.Code);
        Assert.Equal("$.students[3].cadres[0].id", issue.Path);
    }

    [Fact]
    public void Wrong_json_type_is_rejected()
    {
        var result = Validate(BulkJson.Student(outcomes: "[" + BulkJson.Outcome().Replace("\"selected\":true", "\"selected\":\"yes\"", StringComparison.Ordinal) + "]"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("SP-X004", issue.Code);
        Assert.Equal("$.students[3].outcomes[0].selected", issue.Path);
    }

    [Fact]
    public void Duplicate_record_id_within_a_kind_is_rejected_but_the_same_id_in_another_kind_passes()
    {
        var duplicate = Validate(BulkJson.Student(outcomes: "[" + BulkJson.Outcome(id: "X1") + "," + BulkJson.Outcome(id: "X1") + "]"));
        var otherKind = Validate(BulkJson.Student(outcomes: "[" + BulkJson.Outcome(id: "X1") + "]", performances: "[" + BulkJson.Performance(id: "X1") + "]"));

        var issue = Assert.Single(duplicate.Issues);
        Assert.Equal("SP-X011", issue.Code);
        Assert.Equal("$.students[3].outcomes[1].id", issue.Path);
        Assert.Equal("X1", issue.RecordId?.ToString());
        Assert.Empty(otherKind.Issues);
    }

    [Theory]
    [InlineData("114-3")]
    [InlineData("1141")]
    [InlineData("0-1")]
    public void Invalid_term_is_rejected(string term)
    {
        Assert.Equal(["SP-X008"], Codes(Validate(BulkJson.Student(courses: "[" + BulkJson.Course(term: term) + "]"))));
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_value_as_the_importer_reports_it()
    {
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Student(name: "\"王小明\""));
        var at = Array.IndexOf(bytes, (byte)0xE7); // first byte of 王
        bytes[at] = 0xFF;
        var result = _validator.Validate(new StudentFrame(0, 1000, 1, bytes, bytes.Length, ElementProblem.None, null, 1000, 1, bytes.Length));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("SP-X003", issue.Code);
        Assert.Equal("$.students[0].name", issue.Path);
    }

    [Fact]
    public void Escaped_strings_are_unescaped_before_checking()
    {
        var result = Validate(BulkJson.Student(nationalId: "\\u0041123456789", name: "\"\\u738b\""));

        Assert.Empty(result.Issues);
        Assert.Equal(1, _validator.Facts.NameLength);
    }

    [Fact]
    public void Escaped_property_names_are_recognised()
    {
        var result = Validate(BulkJson.Student().Replace("\"name\":", "\"\\u006eame\":", StringComparison.Ordinal).Replace("\"2008-05-01\"", "\"2008-05-32\"", StringComparison.Ordinal));

        Assert.Equal(["SP-X008"], Codes(result));
        Assert.Equal(3, _validator.Facts.NameLength);
    }

    [Fact]
    public void Facts_for_the_policy_rules_are_collected()
    {
        var outcomes = "[" + BulkJson.Outcome(id: "O1", term: "114-1", selected: true, description: new string('字', 101))
            + "," + BulkJson.Outcome(id: "O2", term: "114-2", selected: true, files: "[{\"mediaType\":\"application/x-msdownload\",\"sizeBytes\":5000000}]")
            + "," + BulkJson.Outcome(id: "O3", term: "113-1", selected: false) + "]";
        var performances = "[" + BulkJson.Performance(id: "P1", category: "serviceLearning", details: "{\"startDate\":\"2025-03-10\",\"endDate\":\"2025-03-01\"}") + "]";
        Validate(BulkJson.Student(outcomes: outcomes, performances: performances));
        var facts = _validator.Facts;

        Assert.Equal(3, facts.Outcomes.Count);
        Assert.Equal(101, facts.Outcomes[0].DescriptionLength);
        Assert.Equal([new TermFact(114, 1), new TermFact(114, 2), new TermFact(113, 1)], facts.Outcomes.Select(o => o.Term));
        Assert.Equal([true, true, false], facts.Outcomes.Select(o => o.Selected));
        Assert.True(facts.Performances[0].Selected);
        var file = facts.Files[facts.Outcomes[1].FileStart];
        Assert.Equal(FileMediaType.Other, file.MediaType);
        Assert.Equal(5_000_000, file.SizeBytes);
        Assert.Equal("$.students[3].outcomes[1].files[0].sizeBytes", facts.PathOf(file, "sizeBytes"));
        Assert.Equal((int)StudentPortfolio.Portfolio.Performance.PerformanceCategory.ServiceLearning, facts.Performances[0].Category);
        Assert.True(facts.Performances[0].StartDate > facts.Performances[0].EndDate);
        Assert.Equal("O2", facts.RecordIdOf(facts.Outcomes[1])?.ToString());
    }

    [Fact]
    public void Policy_rules_run_after_the_walk_and_report_with_the_student_key()
    {
        var validator = new StudentSliceValidator(new RuleEvaluator(PolicyPresets.National, null), PortfolioValidationOptions.Default);
        var outcomes = string.Join(',', Enumerable.Range(1, 7).Select(i => BulkJson.Outcome(id: "O" + i, term: "114-1", selected: true)));
        var bytes = Encoding.UTF8.GetBytes(BulkJson.Student(outcomes: "[" + outcomes + "]"));
        var result = validator.Validate(new StudentFrame(0, 0, 1, bytes, bytes.Length, ElementProblem.None, null, 0, 1, bytes.Length));

        var issue = Assert.Single(result.Issues, i => i.Code == "SP-Q001");
        Assert.Equal("$.students[0].outcomes", issue.Path);
        Assert.NotNull(issue.Student);
    }

    [Fact]
    public void Damaged_frames_become_issues()
    {
        Assert.Equal("SP-B001", Assert.Single(_validator.Validate(new StudentFrame(5, 10, 1, null, 0, ElementProblem.Malformed, "bad", 20, 1, 10)).Issues).Code);
        Assert.Equal("SP-B002", Assert.Single(_validator.Validate(new StudentFrame(5, 10, 1, null, 0, ElementProblem.Truncated, "end", 20, 1, 10)).Issues).Code);
        Assert.Equal("SP-B004", Assert.Single(_validator.Validate(new StudentFrame(5, 10, 1, null, 0, ElementProblem.TooLarge, null, 10, 1, 99)).Issues).Code);
        Assert.Equal("SP-B005", Assert.Single(_validator.Validate(new StudentFrame(5, 10, 1, null, 0, ElementProblem.NotObject, "a number", 10, 1, 2)).Issues).Code);
    }
}
