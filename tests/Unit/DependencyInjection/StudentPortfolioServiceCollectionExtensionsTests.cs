using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.UnitTests.Export;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.UnitTests.DependencyInjection;

public sealed class StudentPortfolioServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Action<StudentPortfolioOptions>? configure = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddStudentPortfolio(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void Every_registered_service_resolves_from_a_real_container()
    {
        var services = new ServiceCollection();
        services.AddStudentPortfolio(o =>
        {
            o.Calendar = new SubmissionCalendar([]);
            o.Proxies = new ProxyDirectory([]);
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotEmpty(services);
        foreach (var descriptor in services)
        {
            Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
            var first = provider.GetRequiredService(descriptor.ServiceType);
            Assert.IsAssignableFrom(descriptor.ServiceType, first);
            Assert.Same(first, provider.GetRequiredService(descriptor.ServiceType));
        }

        var registered = services.Select(d => d.ServiceType).ToHashSet();
        Type[] expected =
        [
            typeof(StudentPortfolioOptions), typeof(PortfolioPolicy), typeof(EnrollmentPolicy), typeof(IClock), typeof(SubmissionCalendar),
            typeof(PortfolioValidator), typeof(SubmissionReaderOptions), typeof(SubmissionImporter), typeof(SubmissionExporter), typeof(BulkValidator),
            typeof(PermissionMatrix), typeof(ProxyDirectory), typeof(OutcomeWorkflow),
            typeof(IStaffAvailabilitySource), typeof(InMemoryStaffAvailability), typeof(ISchoolContextProvider),
        ];
        Assert.Equal(expected.ToHashSet(), registered);
    }

    [Fact]
    public void Defaults_are_the_national_preset_the_system_clock_strict_import_and_no_calendar()
    {
        using var provider = Build();

        Assert.Same(PolicyPresets.National, provider.GetRequiredService<PortfolioPolicy>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal(SubmissionReadMode.Strict, provider.GetRequiredService<SubmissionImporter>().Options.Mode);
        Assert.Null(provider.GetService<SubmissionCalendar>());
        var validator = provider.GetRequiredService<PortfolioValidator>();
        Assert.Null(validator.Calendar);
        Assert.Same(PolicyPresets.National, validator.Policy);
        Assert.Same(PolicyPresets.National, provider.GetRequiredService<BulkValidator>().Policy);
        Assert.Same(PolicyPresets.National.Enrollment, provider.GetRequiredService<EnrollmentPolicy>());
        Assert.Same(PermissionMatrix.Default, provider.GetRequiredService<PermissionMatrix>());
        Assert.Null(provider.GetService<ProxyDirectory>());
    }

    [Fact]
    public void Without_a_calendar_no_workflow_is_registered_so_none_runs_without_windows()
    {
        using var provider = Build();

        Assert.Null(provider.GetService<OutcomeWorkflow>());
    }

    [Theory]
    [InlineData(PolicyPresets.NationalId)]
    [InlineData(PolicyPresets.BaiheId)]
    [InlineData(PolicyPresets.SongshanId)]
    public void A_preset_chosen_by_id_is_the_policy_of_the_validator(string id)
    {
        using var provider = Build(o => o.PolicyPresetId = id);

        Assert.Same(PolicyPresets.Get(id), provider.GetRequiredService<PortfolioValidator>().Policy);
        Assert.Same(PolicyPresets.Get(id), provider.GetRequiredService<BulkValidator>().Policy);
    }

    [Fact]
    public void A_policy_instance_built_in_code_is_used_as_given()
    {
        var policy = PolicyPresets.Songshan with { Id = "school-own", OutcomeSelectionsPerYear = 4 };
        using var provider = Build(o => o.Policy = policy);

        Assert.Same(policy, provider.GetRequiredService<PortfolioPolicy>());
        Assert.Same(policy, provider.GetRequiredService<PortfolioValidator>().Policy);
    }

    [Fact]
    public void A_policy_file_is_read_once_at_registration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sp-policy-{Guid.NewGuid():N}.json");
        using (var preset = PolicyPresets.OpenJson(PolicyPresets.BaiheId))
        using (var file = File.Create(path))
        {
            preset.CopyTo(file);
        }

        try
        {
            var services = new ServiceCollection().AddStudentPortfolio(o => o.PolicyFilePath = path);

            // Gone from disk before the container is built: the policy was read by AddStudentPortfolio.
            File.Delete(path);
            using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            var first = provider.GetRequiredService<PortfolioPolicy>();
            Assert.Equal(PolicyPresets.Baihe, first);
            Assert.Same(first, provider.GetRequiredService<PortfolioValidator>().Policy);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_policy_file_fails_at_registration_naming_the_file()
    {
        // Letters only: a random hex name can contain an ID-shaped run, which messages mask on purpose.
        var unique = string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('a' + (c % 16))));
        var path = Path.Combine(Path.GetTempPath(), $"sp-missing-{unique}.json");
        var services = new ServiceCollection();

        var error = Assert.Throws<StudentPortfolioConfigurationException>(() => services.AddStudentPortfolio(o => o.PolicyFilePath = path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void A_malformed_policy_file_fails_at_registration_with_the_policy_format_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sp-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"id\": 3 ");
        try
        {
            var error = Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio(o => o.PolicyFilePath = path));
            Assert.Single(error.Problems);
            Assert.Contains("is invalid", error.Problems[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Two_policy_sources_are_rejected_at_registration()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<StudentPortfolioConfigurationException>(() =>
            services.AddStudentPortfolio(o =>
            {
                o.PolicyPresetId = PolicyPresets.BaiheId;
                o.Policy = PolicyPresets.Songshan;
            }));
        Assert.Contains("one way only", error.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void An_unknown_preset_is_rejected_at_registration_naming_the_presets()
    {
        var error = Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio(o => o.PolicyPresetId = "nowhere"));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
        Assert.Contains(PolicyPresets.SongshanId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_policy_path_or_null_reader_options_are_rejected_at_registration()
    {
        Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio(o => o.PolicyFilePath = " "));
        Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio(o => o.ReaderOptions = null!));
        Assert.Throws<ArgumentNullException>(() => StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio(null!));
    }

    [Fact]
    public void Calling_twice_is_a_clear_configuration_error_and_adds_nothing()
    {
        var services = new ServiceCollection();
        services.AddStudentPortfolio(o => o.PolicyPresetId = PolicyPresets.BaiheId);
        var count = services.Count;

        var error = Assert.Throws<StudentPortfolioConfigurationException>(() => services.AddStudentPortfolio(o => o.PolicyPresetId = PolicyPresets.SongshanId));

        Assert.Contains("second time", error.Message, StringComparison.Ordinal);
        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        Assert.Same(PolicyPresets.Baihe, provider.GetRequiredService<PortfolioValidator>().Policy);
    }

    [Fact]
    public void A_clock_registered_before_is_kept_and_used_by_the_exporter()
    {
        var mine = new FakeClock(Instant.FromUtc(2026, 1, 20, 8, 0));
        using var provider = Build(o => o.Clock = new FakeClock(Instant.FromUtc(2000, 1, 1, 0, 0)), s => s.AddSingleton<IClock>(mine));

        Assert.Same(mine, provider.GetRequiredService<IClock>());
        var header = provider.GetRequiredService<SubmissionExporter>().CreateHeader(SampleSubmission.School, SampleSubmission.Term, ContentKinds.CourseOutcomes);
        Assert.Equal(mine.GetCurrentInstant(), header.GeneratedAt);
    }

    [Fact]
    public void The_configured_calendar_reaches_the_validator()
    {
        var calendar = new SubmissionCalendar([]);
        using var provider = Build(o => o.Calendar = calendar);

        Assert.Same(calendar, provider.GetRequiredService<SubmissionCalendar>());
        Assert.Same(calendar, provider.GetRequiredService<PortfolioValidator>().Calendar);
    }

    [Fact]
    public void Resolved_exporter_and_importer_round_trip_a_document()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 20, 8, 0));
        using var provider = Build(o =>
        {
            o.Clock = clock;
            o.ReaderOptions = SubmissionReaderOptions.Lenient;
        });
        var exporter = provider.GetRequiredService<SubmissionExporter>();
        var importer = provider.GetRequiredService<SubmissionImporter>();
        using var stream = new MemoryStream();

        var header = exporter.Export(stream, SampleSubmission.School, SampleSubmission.Term, ContentKinds.All, SampleSubmission.Portfolios());
        stream.Position = 0;
        var result = importer.ReadDocument(stream, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(header, result.Document!.Header);
        Assert.Equal(SampleSubmission.Portfolios().Count, result.Document.Students.Count);
        Assert.Equal(SubmissionReadMode.Lenient, importer.Options.Mode);
    }

    [Fact]
    public async Task Resolved_bulk_validator_validates_the_sample_file()
    {
        using var provider = Build();
        var bulk = provider.GetRequiredService<BulkValidator>();

        var summary = await bulk.ValidateFileAsync(RepositoryFiles.PathOf("samples/data/submission-114-1.json"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(summary.Completed);
        Assert.True(summary.StudentsRead > 0);
        Assert.Null(summary.FatalIssue);
    }

    [Fact]
    public void Resolved_validator_reports_an_over_quota_portfolio()
    {
        using var provider = Build(o => o.PolicyPresetId = PolicyPresets.NationalId);
        var validator = provider.GetRequiredService<PortfolioValidator>();
        var limit = PolicyPresets.National.OutcomeSelectionsPerYear;

        var report = validator.Validate(Validation.Build.PortfolioOf(Validation.Build.Outcomes(limit + 1, selected: true)));

        Assert.Contains(report.Issues, i => i.Code == "SP-Q001");
        Assert.False(report.IsValid);
    }
}
