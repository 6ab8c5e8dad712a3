using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Workflow;
using static StudentPortfolio.UnitTests.Workflow.WorkflowFixture;

namespace StudentPortfolio.UnitTests.DependencyInjection;

public sealed class SchoolContextTests
{
    private static readonly SchoolCode Baihe = SchoolCode.Parse("200401");
    private static readonly SchoolCode Songshan = SchoolCode.Parse("313302");
    private static readonly Duration Day = Duration.FromDays(1);

    private static SubmissionCalendar CertificationCalendar() =>
        new([new SubmissionWindow(WindowKind.TeacherCertification, T1141, Now - (10 * Day), Now + (10 * Day))]);

    private static ServiceProvider Build(Action<StudentPortfolioOptions> configure, Action<IServiceCollection>? before = null, IClock? clock = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        services.AddStudentPortfolio(o =>
        {
            o.Clock = clock ?? new FakeClock(Now);
            configure(o);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static string WritePolicy(string presetId, string? effectiveFrom = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sp-school-{Guid.NewGuid():N}.json");
        using (var preset = PolicyPresets.OpenJson(presetId))
        using (var reader = new StreamReader(preset))
        {
            var json = reader.ReadToEnd();
            if (effectiveFrom is not null)
            {
                json = System.Text.RegularExpressions.Regex.Replace(json, "\"effectiveFrom\"\\s*:\\s*\"[^\"]*\"", $"\"effectiveFrom\": \"{effectiveFrom}\"");
                json = System.Text.RegularExpressions.Regex.Replace(json, "\"version\"\\s*:\\s*\"[^\"]*\"", $"\"version\": \"{effectiveFrom}\"");
            }

            File.WriteAllText(path, json);
        }

        return path;
    }

    [Fact]
    public void Each_school_resolves_its_own_policy_calendar_and_proxies()
    {
        var calendar = CertificationCalendar();
        using var provider = Build(o => o
            .AddSchool(Baihe, s => s.AddPreset(PolicyPresets.BaiheId))
            .AddSchool(Songshan, s =>
            {
                s.AddPolicy(PolicyPresets.Songshan);
                s.Calendar = calendar;
                s.Proxies = Proxies;
            }));
        var schools = provider.GetRequiredService<ISchoolContextProvider>();

        Assert.Equal([Baihe, Songshan], schools.Schools);
        var baihe = schools.GetContext(Baihe);
        var songshan = schools.GetContext(Songshan);
        Assert.Same(PolicyPresets.Baihe, baihe.Policy);
        Assert.Same(PolicyPresets.Baihe, baihe.Validator.Policy);
        Assert.Same(PolicyPresets.Baihe, baihe.BulkValidator.Policy);
        Assert.Null(baihe.Calendar);
        Assert.Same(ProxyDirectory.Empty, baihe.Proxies);
        Assert.Same(PolicyPresets.Songshan, songshan.Policy);
        Assert.Same(calendar, songshan.Validator.Calendar);
        Assert.Same(Proxies, songshan.Proxies);
        Assert.Same(Proxies, songshan.Workflow.Proxies);
        Assert.Same(baihe.Validator, baihe.Validator);
    }

    [Fact]
    public void A_school_without_policy_versions_gets_the_national_preset()
    {
        using var provider = Build(o => o.AddSchool(Baihe, _ => { }));

        Assert.Same(PolicyPresets.National, provider.GetRequiredService<ISchoolContextProvider>().GetContext(Baihe).Policy);
    }

    [Fact]
    public void An_unknown_school_is_a_key_not_found_error_and_try_get_says_no()
    {
        using var provider = Build(o => o.AddSchool(Baihe, s => s.AddPreset(PolicyPresets.BaiheId)));
        var schools = provider.GetRequiredService<ISchoolContextProvider>();

        var error = Assert.Throws<KeyNotFoundException>(() => schools.GetContext(Songshan));
        Assert.Contains(Songshan.ToString(), error.Message, StringComparison.Ordinal);
        Assert.False(schools.TryGetContext(Songshan, out var none));
        Assert.Null(none);
        Assert.True(schools.TryGetContext(Baihe, out var found));
        Assert.Equal(Baihe, found.School);
    }

    [Fact]
    public void The_policy_version_in_force_follows_the_effective_dates_and_the_clock()
    {
        var first = PolicyPresets.Songshan with { Version = "v1", EffectiveFrom = new LocalDate(2024, 8, 1) };
        var second = PolicyPresets.Songshan with { Version = "v2", EffectiveFrom = new LocalDate(2025, 8, 1), OutcomeSelectionsPerYear = 5 };
        var clock = new FakeClock(TaipeiTime.StartOfDay(new LocalDate(2025, 7, 31)));
        using var provider = Build(o => o.AddSchool(Songshan, s => s.AddPolicy(second).AddPolicy(first)), clock: clock);
        var context = provider.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);

        Assert.Equal([first, second], context.PolicyHistory.Versions);
        Assert.Same(first, context.PolicyHistory.On(new LocalDate(2020, 1, 1)));
        Assert.Same(first, context.PolicyHistory.On(new LocalDate(2025, 7, 31)));
        Assert.Same(second, context.PolicyHistory.On(new LocalDate(2025, 8, 1)));
        Assert.Same(first, context.PolicyHistory.For(Term.Parse("113-2")));
        Assert.Same(second, context.PolicyHistory.For(Term.Parse("114-1")));
        Assert.Same(second, context.ValidatorOn(new LocalDate(2025, 8, 1)).Policy);
        Assert.Same(first, context.BulkValidatorOn(new LocalDate(2025, 7, 31)).Policy);

        Assert.Same(first, context.Policy);
        Assert.Same(first, context.Validator.Policy);
        clock.AdvanceDays(1);
        Assert.Same(second, context.Policy);
        Assert.Same(second, context.Validator.Policy);
        Assert.Same(second, context.BulkValidator.Policy);
    }

    [Fact]
    public void Staff_availability_is_live_a_teacher_marked_unavailable_after_start_hands_over_to_the_proxy()
    {
        using var provider = Build(o => o.AddSchool(Songshan, s =>
        {
            s.AddPreset(PolicyPresets.SongshanId);
            s.Calendar = CertificationCalendar();
            s.Proxies = Proxies;
        }));
        var context = provider.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);
        var availability = provider.GetRequiredService<InMemoryStaffAvailability>();
        Assert.Same(availability, provider.GetRequiredService<IStaffAvailabilitySource>());

        Assert.True(context.Workflow.Certify(Teacher, Uploaded()).IsValid);
        Assert.False(context.Workflow.Certify(Proxy1, Uploaded()).IsValid);

        availability.MarkUnavailable(Songshan, "T001");
        Assert.False(context.Availability.IsAvailable("T001"));
        Assert.Equal("SP-F006", context.Workflow.Certify(Teacher, Uploaded()).Failure!.Code);
        Assert.True(context.Workflow.Certify(Proxy1, Uploaded()).IsValid);

        availability.MarkAvailable(Songshan, "T001");
        Assert.True(context.Workflow.Certify(Teacher, Uploaded()).IsValid);
    }

    [Fact]
    public void Marking_staff_unavailable_in_one_school_leaves_the_others_alone()
    {
        using var provider = Build(o => o.AddSchool(Baihe, _ => { }).AddSchool(Songshan, _ => { }));
        var availability = provider.GetRequiredService<InMemoryStaffAvailability>();
        var schools = provider.GetRequiredService<ISchoolContextProvider>();

        availability.MarkUnavailable(Baihe, "T001");

        Assert.False(schools.GetContext(Baihe).Availability.IsAvailable("T001"));
        Assert.True(schools.GetContext(Songshan).Availability.IsAvailable("T001"));
    }

    [Fact]
    public void A_source_registered_before_replaces_the_in_memory_availability()
    {
        var source = new FixedAvailability(StaffAvailability.AllAvailable.MarkUnavailable("T009"));
        using var provider = Build(o => o.AddSchool(Baihe, _ => { }), before: s => s.AddSingleton<IStaffAvailabilitySource>(source));

        Assert.Null(provider.GetService<InMemoryStaffAvailability>());
        Assert.False(provider.GetRequiredService<ISchoolContextProvider>().GetContext(Baihe).Availability.IsAvailable("T009"));
    }

    [Fact]
    public void A_school_without_a_calendar_has_no_workflow()
    {
        using var provider = Build(o => o.AddSchool(Baihe, _ => { }));
        var context = provider.GetRequiredService<ISchoolContextProvider>().GetContext(Baihe);

        var error = Assert.Throws<InvalidOperationException>(() => context.Workflow);
        Assert.Contains("calendar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Teaching_assignments_come_from_the_registered_source_per_school_and_deny_without_one()
    {
        var source = new OneAssignment(Songshan, "T001", Course, "301", T1141);
        using var withSource = Build(o => o.AddSchool(Baihe, _ => { }).AddSchool(Songshan, _ => { }), before: s => s.AddSingleton<ITeachingAssignmentSource>(source));
        var schools = withSource.GetRequiredService<ISchoolContextProvider>();

        Assert.True(schools.GetContext(Songshan).Teaches("T001", Course, "301", T1141));
        Assert.False(schools.GetContext(Songshan).Teaches("T001", Course, "302", T1141));
        Assert.False(schools.GetContext(Baihe).Teaches("T001", Course, "301", T1141));

        using var without = Build(o => o.AddSchool(Songshan, _ => { }));
        Assert.False(without.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan).Teaches("T001", Course, "301", T1141));
    }

    [Fact]
    public void Adding_a_school_twice_is_a_configuration_error()
    {
        var options = new StudentPortfolioOptions().AddSchool(Baihe, _ => { });

        var error = Assert.Throws<StudentPortfolioConfigurationException>(() => options.AddSchool(Baihe, s => s.AddPreset(PolicyPresets.SongshanId)));

        Assert.Contains(Baihe.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Single(options.Schools);
    }

    [Fact]
    public void A_bad_policy_file_of_any_school_fails_at_start_up_listing_every_problem()
    {
        var good = WritePolicy(PolicyPresets.BaiheId);
        var bad = Path.Combine(Path.GetTempPath(), $"sp-bad-{Letters()}.json");
        var missing = Path.Combine(Path.GetTempPath(), $"sp-missing-{Letters()}.json");
        File.WriteAllText(bad, "{ \"id\": \"x\", \"name\": 3 }");
        try
        {
            var services = new ServiceCollection();
            var error = Assert.Throws<StudentPortfolioConfigurationException>(() => services.AddStudentPortfolio(o => o
                .AddSchool(Baihe, s => s.AddPolicyFile(good).AddPolicyFile(bad))
                .AddSchool(Songshan, s => s.AddPolicyFile(missing).AddPreset("nowhere"))));

            Assert.True(error.Problems.Count == 3, string.Join("\n", error.Problems));
            Assert.Contains(error.Problems, p => p.StartsWith($"School {Baihe}", StringComparison.Ordinal) && p.Contains(bad, StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.StartsWith($"School {Songshan}", StringComparison.Ordinal) && p.Contains(missing, StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("nowhere", StringComparison.Ordinal));
            Assert.Empty(services);
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Fact]
    public void Policy_files_of_a_school_are_read_at_start_up_as_versions()
    {
        var v1 = WritePolicy(PolicyPresets.SongshanId, "2024-08-01");
        var v2 = WritePolicy(PolicyPresets.SongshanId, "2025-08-01");
        try
        {
            var services = new ServiceCollection().AddStudentPortfolio(o => o.AddSchool(Songshan, s => s.AddPolicyFile(v2).AddPolicyFile(v1)));
            File.Delete(v1);
            File.Delete(v2);

            using var provider = services.BuildServiceProvider();
            var context = provider.GetRequiredService<ISchoolContextProvider>().GetContext(Songshan);
            Assert.Equal(["2024-08-01", "2025-08-01"], context.PolicyHistory.Versions.Select(p => p.Version));
        }
        finally
        {
            File.Delete(v1);
            File.Delete(v2);
        }
    }

    [Fact]
    public void Two_policy_versions_with_the_same_effective_date_are_a_configuration_error()
    {
        var error = Assert.Throws<StudentPortfolioConfigurationException>(() => new ServiceCollection().AddStudentPortfolio(o =>
            o.AddSchool(Songshan, s => s.AddPreset(PolicyPresets.SongshanId).AddPolicy(PolicyPresets.Songshan with { Version = "again" }))));

        Assert.Contains("both take effect", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Hundreds_of_schools_resolve_each_to_its_own_context()
    {
        var codes = Enumerable.Range(0, 300).Select(i => SchoolCode.Parse($"{100000 + i}")).ToArray();
        using var provider = Build(o =>
        {
            foreach (var code in codes)
            {
                o.AddSchool(code, s => s.AddPreset(code.ToString()[^1] % 2 == 0 ? PolicyPresets.BaiheId : PolicyPresets.SongshanId));
            }
        });
        var schools = provider.GetRequiredService<ISchoolContextProvider>();

        Assert.Equal(codes.Length, schools.Schools.Count);
        Assert.All(codes, c => Assert.Equal(c.ToString()[^1] % 2 == 0 ? PolicyPresets.BaiheId : PolicyPresets.SongshanId, schools.GetContext(c).Policy.Id));
    }

    /// <summary>A random file-name part without digit runs, which error texts would mask as ID-shaped.</summary>
    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N").Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));

    private sealed class FixedAvailability(StaffAvailability availability) : IStaffAvailabilitySource
    {
        public StaffAvailability GetAvailability(SchoolCode school) => availability;
    }

    private sealed class OneAssignment(SchoolCode school, string teacher, CourseCode course, string className, Term term) : ITeachingAssignmentSource
    {
        public bool Teaches(SchoolCode school1, string teacherId, CourseCode course1, string className1, Term term1) =>
            school1 == school && teacherId == teacher && course1 == course && className1 == className && term1 == term;
    }
}
