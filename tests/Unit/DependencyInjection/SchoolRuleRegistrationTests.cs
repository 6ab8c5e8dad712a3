using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.DependencyInjection;

/// <summary>School rules registered through dependency injection, and the live staff availability of the registered workflows.</summary>
public sealed class SchoolRuleRegistrationTests
{
    private static readonly SchoolCode Baihe = SchoolCode.Parse("200401");
    private static readonly SchoolCode Songshan = SchoolCode.Parse("313302");

    private sealed class EveryStudent(string code) : ISchoolRule
    {
        public RuleDescriptor Rule { get; } = code.StartsWith("SP-", StringComparison.Ordinal)
            ? RuleCatalogue.Get(code)
            : RuleDescriptor.ForSchool(code, Severity.Warning, "-", "學生 {0}", "Student {0}", "school");

        public void Check(StudentView student, SchoolRuleIssues issues) => issues.Report(student.School?.ToString() ?? "-");
    }

    private static ServiceProvider Build(Action<StudentPortfolioOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddStudentPortfolio(o =>
        {
            o.Clock = new FakeClock(Now);
            configure(o);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static LearningPortfolio Portfolio() => UnitTests.Validation.Build.PortfolioOf();

    private static async Task<List<string>> BulkCodes(BulkValidator validator)
    {
        var header = new SubmissionHeader(SchoolCode.Parse("041305"), Term.Parse("114-1"), ContentKinds.All, Now);
        var json = SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, [Portfolio()]));
        var codes = new List<string>();
        await validator.ValidateAsync(new MemoryStream(json), onStudent: (r, _) =>
        {
            codes.AddRange(r.Issues.Select(i => i.Code));
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);
        return codes;
    }

    [Fact]
    public async Task A_school_rule_added_to_a_school_runs_in_its_validators_and_not_in_another_school()
    {
        using var provider = Build(o => o
            .AddSchool(Baihe, s => s.AddPreset(PolicyPresets.BaiheId).AddRule(new EveryStudent("BH-100")))
            .AddSchool(Songshan, s => s.AddPreset(PolicyPresets.SongshanId)));
        var schools = provider.GetRequiredService<ISchoolContextProvider>();
        var baihe = schools.GetContext(Baihe);

        Assert.Contains(baihe.Validator.Validate(Portfolio()).Issues, i => i.Code == "BH-100");
        Assert.Contains("BH-100", await BulkCodes(baihe.BulkValidator));
        Assert.Equal("BH-100", Assert.Single(baihe.SchoolRules).Rule.Code);
        Assert.DoesNotContain(schools.GetContext(Songshan).Validator.Validate(Portfolio()).Issues, i => i.Code == "BH-100");
        Assert.DoesNotContain("BH-100", await BulkCodes(schools.GetContext(Songshan).BulkValidator));
    }

    [Fact]
    public void A_school_rule_with_a_library_code_or_a_code_used_twice_fails_the_host_at_start_up()
    {
        var e = Assert.Throws<StudentPortfolioConfigurationException>(() => Build(o => o
            .AddRule(new EveryStudent("SP-Q001"))
            .AddSchool(Baihe, s => s.AddRule(new EveryStudent("BH-100")).AddRule(new EveryStudent("BH-100")))));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.StartsWith("StudentPortfolioOptions.Rules", StringComparison.Ordinal) && p.Contains("SP-Q001", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith($"School {Baihe}", StringComparison.Ordinal) && p.Contains("BH-100", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_school_rule_of_a_single_school_host_runs_in_the_registered_validators()
    {
        using var provider = Build(o => o.AddRule(new EveryStudent("SS-001")));

        Assert.Contains(provider.GetRequiredService<PortfolioValidator>().Validate(Portfolio()).Issues, i => i.Code == "SS-001");
        Assert.Contains("SS-001", await BulkCodes(provider.GetRequiredService<BulkValidator>()));
    }

    [Fact]
    public void The_single_school_workflow_asks_the_availability_source_on_every_transition()
    {
        using var provider = Build(o =>
        {
            o.School = Songshan;
            o.Calendar = new SubmissionCalendar([new SubmissionWindow(WindowKind.TeacherCertification, T1141, Now - Duration.FromDays(10), Now + Duration.FromDays(10))]);
            o.Proxies = Proxies;
        });
        var workflow = provider.GetRequiredService<OutcomeWorkflow>();
        var availability = provider.GetRequiredService<InMemoryStaffAvailability>();
        Assert.True(workflow.Certify(Teacher, Uploaded()).IsValid);

        availability.MarkUnavailable(Songshan, "T001");

        Assert.Same(workflow, provider.GetRequiredService<OutcomeWorkflow>());
        Assert.Equal("SP-F006", workflow.Certify(Teacher, Uploaded()).Failure!.Code);
        Assert.True(workflow.Certify(Proxy1, Uploaded()).IsValid);
        availability.MarkUnavailable(Baihe, "T002");
        Assert.True(workflow.Certify(Proxy1, Uploaded()).IsValid);
    }

    [Fact]
    public void A_school_workflow_kept_by_the_caller_stays_current()
    {
        using var provider = Build(o => o.AddSchool(Songshan, s =>
        {
            s.Calendar = new SubmissionCalendar([new SubmissionWindow(WindowKind.TeacherCertification, T1141, Now - Duration.FromDays(10), Now + Duration.FromDays(10))]);
            s.Proxies = Proxies;
        }));
        var kept = provider.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan).Workflow;

        provider.GetRequiredService<InMemoryStaffAvailability>().MarkUnavailable(Songshan, "T001");

        Assert.Equal("SP-F006", kept.Certify(Teacher, Uploaded()).Failure!.Code);
        Assert.False(kept.Availability.IsAvailable("T001"));
    }
}
