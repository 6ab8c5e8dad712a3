using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>A school's own rules (<see cref="ISchoolRule"/>) run in both validation paths, with locations, and are checked at registration.</summary>
public class SchoolRuleTests
{
    private static readonly PortfolioPolicy Policy = PolicyPresets.National;

    /// <summary>BH-001: a selected outcome needs a PDF among its files (a school's own rule for the tests).</summary>
    private sealed class SelectedOutcomeNeedsPdf : ISchoolRule
    {
        public RuleDescriptor Rule { get; } = RuleDescriptor.ForSchool(
            "BH-001", Severity.Warning, "校內規定",
            "勾選之課程學習成果 {0} 須附 PDF 檔（目前 {1} 個檔案）",
            "Selected outcome {0} needs a PDF file ({1} files now)",
            "recordId", "fileCount");

        public void Check(StudentView student, SchoolRuleIssues issues)
        {
            foreach (var outcome in student.Outcomes)
            {
                if (outcome.IsSelected && !outcome.Files.Any(f => f.MediaType == MediaType.Pdf))
                {
                    issues.ReportField(outcome, "files", outcome.Id?.ToString() ?? "-", outcome.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private sealed class Throwing(string code, int reportFirst = 0) : ISchoolRule
    {
        public RuleDescriptor Rule { get; } = RuleDescriptor.ForSchool(code, Severity.Warning, "-", "錯誤 {0}", "Error {0}", "n");

        public void Check(StudentView student, SchoolRuleIssues issues)
        {
            for (var i = 0; i < reportFirst; i++)
            {
                issues.Report("partial");
            }

            throw new InvalidOperationException("bug in school code for " + student.Student?.NationalId.ToUnmaskedString());
        }
    }

    private sealed class Reporting(RuleDescriptor rule, Action<StudentView, SchoolRuleIssues> check) : ISchoolRule
    {
        public RuleDescriptor Rule { get; } = rule;

        public void Check(StudentView student, SchoolRuleIssues issues) => check(student, issues);
    }

    private static RuleDescriptor Descriptor(string code = "BH-900") =>
        RuleDescriptor.ForSchool(code, Severity.Error, "-", "學生 {0}", "Student {0}", "value");

    private static LearningPortfolio TwoOutcomes() => Build.PortfolioOf(
    [
        Build.Outcome("O1", selected: true, files: [Build.File("a.jpg", MediaType.Jpeg)]),
        Build.Outcome("O2", selected: true),
    ]);

    [Theory]
    [InlineData("SP-Q001")]
    [InlineData("sp-x900")]
    [InlineData("BH")]
    [InlineData("-001")]
    [InlineData("BH-")]
    [InlineData("BH 001")]
    [InlineData("校-001")]
    public void A_school_rule_code_of_the_library_prefix_or_of_no_prefix_is_refused(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => RuleDescriptor.ForSchool(code, Severity.Error, "-", "訊息", "Message"));
        Assert.Equal("code", e.ParamName);
    }

    [Theory]
    [InlineData("BH-001")]
    [InlineData("SS-Q-7")]
    [InlineData("X-1")]
    public void A_school_rule_code_with_its_own_prefix_is_accepted(string code) =>
        Assert.Equal(code, RuleDescriptor.ForSchool(code, Severity.Warning, "-", "訊息 {0}", "Message {0}", "value").Code);

    [Fact]
    public void A_school_rule_whose_templates_use_more_arguments_than_named_is_refused() =>
        Assert.Throws<ArgumentException>(() => RuleDescriptor.ForSchool("BH-001", Severity.Error, "-", "{0} {1}", "{0} {1}", "one"));

    [Fact]
    public void Registering_a_rule_that_carries_a_library_descriptor_is_a_typed_error_naming_the_code()
    {
        var impostor = new Reporting(QuotaRules.OutcomeSelectionsPerYear, (_, _) => { });

        var e = Assert.Throws<ArgumentException>(() => new PortfolioValidationOptions { SchoolRules = [impostor] });
        Assert.Contains("SP-Q001", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PortfolioValidator(Policy, schoolRules: [impostor]));
        Assert.Throws<ArgumentException>(() => new BulkValidator(Policy, schoolRules: [impostor]));
    }

    [Fact]
    public void Two_rules_with_one_code_are_refused_and_one_rule_registered_twice_runs_once()
    {
        var a = new Reporting(Descriptor("BH-900"), (s, i) => i.Report("a"));
        var b = new Reporting(Descriptor("bh-900"), (s, i) => i.Report("b"));

        Assert.Throws<ArgumentException>(() => new PortfolioValidationOptions { SchoolRules = [a, b] });
        var validator = new PortfolioValidator(Policy, schoolRules: [a]);
        Assert.Single(validator.Validate(TwoOutcomes(), new PortfolioValidationOptions { SchoolRules = [a] }).Issues, i => i.Code == "BH-900");
        Assert.Throws<ArgumentException>(() => validator.Validate(TwoOutcomes(), new PortfolioValidationOptions { SchoolRules = [b] }));
    }

    [Fact]
    public void A_school_rule_reports_with_the_student_the_record_and_the_json_path_in_the_object_path()
    {
        var options = new PortfolioValidationOptions { SchoolRules = [new SelectedOutcomeNeedsPdf()], PathPrefix = "$.students[4]" };

        var report = new PortfolioValidator(Policy).Validate(TwoOutcomes(), options);

        var issue = Assert.Single(report.Issues, i => i.Code == "BH-001");
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(RecordId.Parse("O1"), issue.RecordId);
        Assert.Equal("$.students[4].outcomes[0].files", issue.Path);
        Assert.Equal(Build.Student().Key, issue.Student);
        Assert.Equal("Selected outcome O1 needs a PDF file (1 files now)", issue.Message);
        Assert.Equal("勾選之課程學習成果 O1 須附 PDF 檔（目前 1 個檔案）", issue.MessageZh);
    }

    [Fact]
    public void A_school_rule_reports_the_same_in_the_bulk_path_given_to_the_constructor_or_the_options()
    {
        var json = Document(TwoOutcomes(), Build.PortfolioOf([Build.Outcome("O9", selected: true)]));
        var rule = new SelectedOutcomeNeedsPdf();

        var byConstructor = BulkIssues(new BulkValidator(Policy, schoolRules: [rule]), json, PortfolioValidationOptions.Default);
        var byOptions = BulkIssues(new BulkValidator(Policy), json, new PortfolioValidationOptions { SchoolRules = [rule] });

        var issue = Assert.Single(byConstructor, i => i.Code == "BH-001");
        Assert.Equal("$.students[0].outcomes[0].files", issue.Path);
        Assert.Equal(RecordId.Parse("O1"), issue.RecordId);
        Assert.Equal(Build.Student().Key, issue.Student);
        Assert.Equal(byConstructor.Select(i => i.ToString()), byOptions.Select(i => i.ToString()));
    }

    [Fact]
    public void A_school_rule_that_throws_is_reported_as_SP_R001_naming_its_code_and_its_partial_issues_are_dropped()
    {
        var rule = new Throwing("BH-500", reportFirst: 2);
        var report = new PortfolioValidator(Policy, schoolRules: [rule, new SelectedOutcomeNeedsPdf()]).Validate(TwoOutcomes());

        var failure = Assert.Single(report.Issues, i => i.Code == ExtensionRules.SchoolRuleFailed.Code);
        Assert.Equal(["BH-500", "System.InvalidOperationException"], failure.Arguments);
        Assert.Equal("$", failure.Path);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.False(report.IsValid);
        Assert.DoesNotContain(report.Issues, i => i.Code == "BH-500");
        Assert.Single(report.Issues, i => i.Code == "BH-001");
        Assert.DoesNotContain(Build.NationalIdText, report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_rule_that_throws_does_not_stop_a_bulk_run()
    {
        var json = Document(TwoOutcomes(), Build.PortfolioOf(grade: 3));
        var results = new List<StudentValidationResult>();

        var summary = await new BulkValidator(Policy, schoolRules: [new Throwing("BH-500")]).ValidateAsync(new MemoryStream(json), new BulkValidationOptions { MaxDegreeOfParallelism = 2 }, onStudent: (r, _) =>
        {
            results.Add(r);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Null(summary.FatalIssue);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Contains(r.Issues, i => i.Code == "SP-R001" && i.Arguments[0] == "BH-500" && i.Path == $"$.students[{r.Index}]"));
    }

    [Fact]
    public void Arguments_are_masked_and_reporting_after_the_check_returned_is_refused()
    {
        SchoolRuleIssues? kept = null;
        var rule = new Reporting(Descriptor(), (s, i) =>
        {
            i.Report(s.Student!.Value.NationalId.ToUnmaskedString());
            kept = i;
        });

        var issue = Assert.Single(new PortfolioValidator(Policy, schoolRules: [rule]).Validate(TwoOutcomes()).Issues, i => i.Code == "BH-900");

        Assert.Equal(["A12****789"], issue.Arguments);
        Assert.Throws<InvalidOperationException>(() => kept!.Report("late"));
    }

    [Fact]
    public void A_record_report_takes_its_text_as_arguments_and_a_field_report_names_the_field()
    {
        var rule = new Reporting(Descriptor(), (s, i) =>
        {
            i.Report(s.Outcomes[0], "O1 text");
            i.ReportField(s.Outcomes[1], "title", "O2 text");
        });

        var issues = new PortfolioValidator(Policy, schoolRules: [rule]).Validate(TwoOutcomes()).Issues.Where(i => i.Code == "BH-900").ToList();

        Assert.Equal(["$.outcomes[0]", "$.outcomes[1].title"], issues.Select(i => i.Path));
        Assert.Equal([["O1 text"], ["O2 text"]], issues.Select(i => i.Arguments.ToArray()));
        var blankField = new PortfolioValidator(Policy, schoolRules: [new Reporting(Descriptor(), (s, i) => i.ReportField(s.Outcomes[0], " "))]).Validate(TwoOutcomes());
        Assert.Equal(["BH-900", "System.ArgumentException"], Assert.Single(blankField.Issues, x => x.Code == "SP-R001").Arguments);
    }

    [Fact]
    public void The_view_shows_a_rule_the_student_and_its_records()
    {
        StudentView? seen = null;
        var rule = new Reporting(Descriptor(), (s, _) => seen = s);
        var transfer = new CourseRecord(RecordId.Parse("C1"), Build.T1131, Build.Course, "國語文", 4, 80m, CourseRecordKind.Transfer, new CourseOrigin(SchoolCode.Parse("200401"), Build.T1131, Build.Course));
        var competition = Build.Performance("P1", selected: true, details: new CompetitionDetails("全國技能競賽", "商業簡報", "1", "金牌", new LocalDate(2025, 11, 2), false), files: [Build.File("p.png", MediaType.Png, 2048)]);
        var service = Build.Performance("P2", details: new ServiceLearningDetails("淨灘", "環保署", new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 3), 8m));
        var portfolio = new LearningPortfolio(Build.Student(grade: 3), courses: [transfer], outcomes: [Build.Outcome("O1", selected: true), Build.Outcome("O2", certified: false)], performances: [competition, service]);

        new PortfolioValidator(Policy, schoolRules: [rule]).Validate(portfolio);

        Assert.NotNull(seen);
        Assert.Equal(Build.Student().Key, seen.Student);
        Assert.Equal(SchoolCode.Parse("041305"), seen.School);
        Assert.Equal(3, seen.Grade);
        Assert.Equal("$", seen.Path);
        Assert.Equal(5, seen.Records.Count);
        Assert.Contains("A12****789", seen.ToString(), StringComparison.Ordinal);
        var course = Assert.Single(seen.Courses);
        Assert.Equal((StudentRecordKind.Course, "C1", "$.courses[0]"), (course.Kind, course.Id.ToString(), course.Path));
        Assert.Equal((CourseRecordKind.Transfer, (SchoolCode?)SchoolCode.Parse("200401"), (Term?)Build.T1131, (CourseCode?)Build.Course), (course.CourseKind, course.OriginSchool, course.OriginTerm, course.CourseCode));
        Assert.Equal([true, false], seen.Outcomes.Select(o => o.IsCertified));
        Assert.Equal([CertificationStatus.Certified, CertificationStatus.Pending], seen.Outcomes.Select(o => o.CertificationStatus!.Value));
        Assert.Equal(Build.CertifiedAt, seen.Outcomes[0].CertificationDecidedAt);
        Assert.Equal(Build.Course, seen.Outcomes[0].CourseCode);
        Assert.Equal("報告 O1".Length, seen.Outcomes[0].TitleLength);
        var p1 = seen.Performances[0];
        Assert.Equal((PerformanceCategory.Competition, new LocalDate(2025, 11, 2), (LocalDate?)null, true), (p1.Category!.Value, p1.StartDate!.Value, p1.EndDate, p1.IsSelected));
        var file = Assert.Single(p1.Files);
        Assert.Equal(("p.png", (MediaType?)MediaType.Png, (long?)2048, "$.performances[0].files[0]"), (file.FileName, file.MediaType, file.SizeBytes, file.Path));
        Assert.Equal((new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 3)), (seen.Performances[1].StartDate!.Value, seen.Performances[1].EndDate!.Value));
        Assert.Null(seen.Performances[1].CourseCode);
    }

    private static byte[] Document(params LearningPortfolio[] portfolios)
    {
        var students = new LearningPortfolio[portfolios.Length];
        for (var i = 0; i < portfolios.Length; i++)
        {
            var s = portfolios[i].Student;
            var student = new StudentBasicData(s.Key.NationalId, s.Key.BirthDate.PlusDays(i), s.Name, s.School, s.StudentNumber, s.Programme, s.Grade, s.ClassName, s.Seat);
            var p = portfolios[i];
            students[i] = new LearningPortfolio(student, p.Cadres, p.Courses, p.Outcomes, p.Performances, null, p.Autobiography, p.Enrollment);
        }

        var header = new SubmissionHeader(SchoolCode.Parse("041305"), Term.Parse("114-1"), ContentKinds.All, Instant.FromUtc(2026, 1, 20, 8, 0));
        return SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, students));
    }

    private static List<ValidationIssue> BulkIssues(BulkValidator validator, byte[] json, PortfolioValidationOptions options)
    {
        var issues = new List<ValidationIssue>();
        var summary = validator.ValidateAsync(new MemoryStream(json), new BulkValidationOptions { MaxDegreeOfParallelism = 1, Validation = options }, onStudent: (r, _) =>
        {
            issues.AddRange(r.Issues);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.Null(summary.FatalIssue);
        return issues;
    }

    [Fact]
    public void A_school_rule_that_validates_another_portfolio_leaves_the_outer_report_intact()
    {
        // Validators reuse per-student facts on a thread; a rule that validates again (with any validator) must get its own.
        var outer = Build.PortfolioOf([Build.Outcome("O1", selected: true), Build.Outcome("O1", selected: true), Build.Outcome("O3")]);
        var inner = TwoOutcomes();
        PortfolioValidator? plain = null;
        var nested = new Reporting(Descriptor("BH-901"), (student, issues) =>
        {
            var report = plain!.Validate(inner);
            issues.Report(report.Issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var counting = new Reporting(Descriptor("BH-902"), (student, issues) =>
            issues.Report(student.Outcomes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var validator = new PortfolioValidator(Policy, schoolRules: [nested, counting]);
        plain = new PortfolioValidator(Policy, schoolRules: [counting]);

        var report = validator.Validate(outer);

        var expected = plain.Validate(outer).Issues.Select(i => (i.Code, i.Path, i.Message)).ToList();
        Assert.Equal(expected, report.Issues.Where(i => i.Code != "BH-901").Select(i => (i.Code, i.Path, i.Message)).ToList());
        Assert.Contains(report.Issues, i => i.Code == "SP-D001");
        Assert.Contains(report.Issues, i => i.Code == "BH-902" && i.Message.Contains('3'));
        var innerCount = plain.Validate(inner).Issues.Count;
        Assert.Contains(report.Issues, i => i.Code == "BH-901" && i.Message.Contains(innerCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
