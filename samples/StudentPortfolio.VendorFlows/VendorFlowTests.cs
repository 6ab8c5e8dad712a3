using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.VendorFlows;

/// <summary>The five vendor flows and a school's own rule, as a vendor writes them from the README and docs, against the packed package.</summary>
public sealed class VendorFlowTests
{
    private static readonly SchoolCode Songshan = SchoolCode.Parse("313302");
    private static readonly SchoolCode Baihe = SchoolCode.Parse("200401");
    private static readonly Term T1141 = Term.FromRocYear(114, 1);
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 10, 2, 0);
    private const string Course = "109041305H11101B1010101";

    private static ServiceProvider Host(FakeClock clock) => new ServiceCollection()
        .AddStudentPortfolio(o =>
        {
            o.Clock = clock;
            o.AddSchool(Baihe, s => s.AddPreset(PolicyPresets.BaiheId));
            o.AddSchool(Songshan, s =>
            {
                s.AddPreset(PolicyPresets.SongshanId);
                s.Calendar = new SubmissionCalendar(
                [
                    SubmissionWindow.FromTaipeiDates(WindowKind.TeacherCertification, T1141, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 23)),
                    SubmissionWindow.FromTaipeiDates(WindowKind.StudentUpload, T1141, new LocalDate(2025, 9, 1), new LocalDate(2026, 2, 14)),
                    SubmissionWindow.FromTaipeiDates(WindowKind.StudentSelection, T1141, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 23)),
                ]);
                s.Proxies = new ProxyDirectory([new ProxyList(CourseCode.Parse(Course), "T001", ["T002"])]);
            });
        })
        .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

    private static StudentBasicData Row(string nationalId) =>
        StudentBasicData.TryCreate(nationalId, new LocalDate(2008, 5, 1), "王小明", "313302", "S110001", "301", 2, "商二甲", 12, out var data, out var issues)
            ? data
            : throw new InvalidOperationException(string.Join("; ", issues));

    [Fact]
    public void Portfolio_on_save_rows_become_entities_and_the_schools_validator_reports_by_rule_code()
    {
        using var host = Host(new FakeClock(Now));
        var school = host.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);
        var outcomes = Enumerable.Range(1, 7).Select(i =>
            CourseLearningOutcome.TryCreate($"O{i}", "114-1", Course, $"成果 {i}", "課堂報告", null, null, true, CourseRecordKind.Regular, null, out var o, out _) ? o : null!);
        Assert.False(CourseRecord.TryCreate("K1", "114-3", Course, "國語文", 4, null, CourseRecordKind.Regular, null, out _, out var bad));
        Assert.Equal(RuleCodes.Integrity.StoredFieldInvalid, Assert.Single(bad).Code);

        var report = school.Validator.Validate(new LearningPortfolio(Row("a123456789"), outcomes: outcomes));

        Assert.Contains(report.Errors, i => i.Code == RuleCodes.Quota.OutcomeSelectionsPerYear);
        Assert.DoesNotContain("A123456789", string.Join("\n", report.Issues.Select(i => i.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void Certification_by_the_teacher_or_after_marking_them_unavailable_by_the_proxy()
    {
        using var host = Host(new FakeClock(Now));
        var school = host.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);
        var key = Row("A123456789").Key;
        var upload = school.Workflow.Upload(Actor.ForStudent("S110001", key), key,
            new CourseLearningOutcome(RecordId.Parse("O1"), T1141, CourseCode.Parse(Course), "報告", "課堂報告")).GetValueOrThrow();

        Assert.False(school.Workflow.Certify(Actor.ForCourseTeacher("T002"), upload).IsValid);
        host.GetRequiredService<InMemoryStaffAvailability>().MarkUnavailable(Songshan, "T001");
        var certified = school.Workflow.Certify(Actor.ForCourseTeacher("T002"), upload);

        Assert.True(certified.IsValid);
        Assert.True(certified.GetValueOrThrow().Outcome.IsCertified);
    }

    [Fact]
    public async Task Export_from_a_database_stream_then_bulk_validate_then_reconcile_a_receipt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = Host(new FakeClock(Now));
        var exporter = host.GetRequiredService<SubmissionExporter>();
        var path = Path.Combine(Path.GetTempPath(), $"vendor-export-{Guid.NewGuid():N}.json");
        try
        {
            await using (var file = File.Create(path))
            {
                var header = await exporter.ExportAsync(file, Songshan, T1141, ContentKinds.All, Rows(ct), ct);
                Assert.Equal(Now, header.GeneratedAt);
            }

            var summary = await host.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan).BulkValidator.ValidateFileAsync(path, cancellationToken: ct);
            Assert.True(summary.Completed);
            Assert.Equal(2, summary.StudentsRead);
        }
        finally
        {
            File.Delete(path);
        }

        var samples = Path.Combine(AppContext.BaseDirectory, "data");
        var report = ReceiptReconciler.Reconcile(SubmissionBatch.ReadFile(Path.Combine(samples, "batch-114-1.json")), ReceiptDocument.ReadFile(Path.Combine(samples, "receipt-114-1.json")));
        Assert.Equal("3 received, 1 missing, 1 unexpected, 1 changed", report.ToString());

        static async IAsyncEnumerable<LearningPortfolio> Rows([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            foreach (var id in new[] { "A123456789", "B123456780" })
            {
                await Task.Yield();
                ct.ThrowIfCancellationRequested();
                yield return new LearningPortfolio(StudentBasicData.TryCreate(id, new LocalDate(2008, 5, 1), "王小明", "313302", "S1", "301", 2, "商二甲", 1, out var d, out _) ? d : null!);
            }
        }
    }

    [Fact]
    public void Transfer_with_an_exchange_package_keeps_the_original_school_and_merges_once()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 1, 2, 0));
        var oldSchool = SchoolCode.Parse("041305");
        var id = NationalId.Parse("A123456789");
        var birth = new LocalDate(2008, 5, 1);
        var draft = new CourseLearningOutcome(RecordId.Parse("O1"), Term.FromRocYear(113, 1), CourseCode.Parse("113041305H11101B1010101"), "閱讀報告", "心得", isSelected: true);
        var atOld = new LearningPortfolio(
            new StudentBasicData(id, birth, "王小明", oldSchool, "S1", "301", 2, "商二甲", 12),
            outcomes: [draft.WithCertification(Certification.Certify("T001", Instant.FromUtc(2025, 1, 10, 2, 0), draft.ContentHash))],
            enrollment: EnrollmentHistory.Create(
            [
                new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, oldSchool, programme: "301"),
                new EnrollmentEvent(new LocalDate(2025, 3, 1), EnrollmentEventKind.TransferOut, oldSchool, Songshan),
            ]));
        var atNew = new LearningPortfolio(
            new StudentBasicData(id, birth, "王小明", Songshan, "N1", "301", 2, "資二乙", 5),
            enrollment: EnrollmentHistory.Create([new EnrollmentEvent(new LocalDate(2025, 3, 1), EnrollmentEventKind.TransferIn, Songshan, oldSchool, "301")]));

        var package = ExchangePackage.Export(atOld, clock);
        var merged = ExchangeMerger.Merge(atNew, package);
        var again = ExchangeMerger.Merge(merged.Portfolio, package);

        Assert.Equal(CourseRecordKind.Transfer, merged.Portfolio.Outcomes.Single().Kind);
        Assert.Equal(0, again.Added);
        Assert.Equal(merged.Portfolio, again.Portfolio);
    }

    [Fact]
    public void Di_with_a_fake_clock_picks_each_schools_policy_version_by_date()
    {
        var clock = new FakeClock(TaipeiTime.StartOfDay(new LocalDate(2026, 7, 31)));
        using var host = new ServiceCollection()
            .AddStudentPortfolio(o =>
            {
                o.Clock = clock;
                o.AddSchool(Songshan, s => s.AddPreset(PolicyPresets.SongshanId)
                    .AddPolicy(PolicyPresets.Songshan with { Version = "115-08-01", EffectiveFrom = new LocalDate(2026, 8, 1) }));
            })
            .BuildServiceProvider();
        var school = host.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);

        Assert.Equal(PolicyPresets.Songshan.Version, school.Policy.Version);
        clock.AdvanceDays(1);
        Assert.Equal("115-08-01", school.Validator.Policy.Version);
        Assert.Same(clock, host.GetRequiredService<IClock>());
        Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio().AddStudentPortfolio());
    }

    [Fact]
    public async Task A_schools_own_rule_reports_the_same_on_save_and_in_the_bulk_run()
    {
        var ct = TestContext.Current.CancellationToken;
        using var host = new ServiceCollection()
            .AddStudentPortfolio(o =>
            {
                o.Clock = new FakeClock(Now);
                o.AddSchool(Songshan, s => s.AddPreset(PolicyPresets.SongshanId).AddRule(new TitleAtLeastFourCharacters()));
            })
            .BuildServiceProvider();
        var school = host.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);
        var portfolio = new LearningPortfolio(Row("A123456789"), outcomes:
        [
            new CourseLearningOutcome(RecordId.Parse("O1"), T1141, CourseCode.Parse(Course), "報告", "課堂報告"),
            new CourseLearningOutcome(RecordId.Parse("O2"), T1141, CourseCode.Parse(Course), "專題製作報告", "課堂報告"),
        ]);

        var onSave = school.Validator.Validate(portfolio, new Validation.PortfolioValidationOptions { PathPrefix = "$.students[0]" })
            .Issues.Where(i => i.Code == "SS-001").Select(i => i.ToString()).ToList();
        var json = SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(new SubmissionHeader(Songshan, T1141, ContentKinds.All, Now), [portfolio]));
        var inBulk = new List<string>();
        await school.BulkValidator.ValidateAsync(new MemoryStream(json), onStudent: (r, _) =>
        {
            inBulk.AddRange(r.Issues.Where(i => i.Code == "SS-001").Select(i => i.ToString()));
            return ValueTask.CompletedTask;
        }, cancellationToken: ct);

        Assert.Equal("SS-001 Warning A12****789/2008-05-01 O1 $.students[0].outcomes[0].title: Outcome O1 has a title of 2 characters; the school asks for at least 4", Assert.Single(onSave));
        Assert.Equal(onSave, inBulk);
        Assert.Throws<ArgumentException>(() => RuleDescriptor.ForSchool("SP-Z001", Severity.Error, "-", "-", "-"));
    }

    /// <summary>SS-001: an outcome's title has at least four characters (a school's own rule).</summary>
    private sealed class TitleAtLeastFourCharacters : Validation.ISchoolRule
    {
        public RuleDescriptor Rule { get; } = RuleDescriptor.ForSchool(
            "SS-001", Severity.Warning, "校內規定：成果標題至少四字",
            "課程學習成果 {0} 的標題只有 {1} 字，本校要求至少 4 字",
            "Outcome {0} has a title of {1} characters; the school asks for at least 4",
            "recordId", "length");

        public void Check(Validation.StudentView student, Validation.SchoolRuleIssues issues)
        {
            foreach (var outcome in student.Outcomes)
            {
                if (outcome.TitleLength is { } length && length < 4)
                {
                    issues.ReportField(outcome, "title", outcome.Id?.ToString() ?? "-", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
