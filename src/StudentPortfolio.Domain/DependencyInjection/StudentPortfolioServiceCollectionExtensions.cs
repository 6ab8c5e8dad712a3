using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>Registers the StudentPortfolio (學生學習歷程檔案) services in a dependency-injection container.</summary>
public static class StudentPortfolioServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policy, the clock, the validators, the importer and exporter, the bulk validator and, for a host
    /// serving many schools, the <see cref="ISchoolContextProvider"/> as singletons, after loading and checking every
    /// policy (a bad policy file fails here, at start-up).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (national preset, system clock, strict import, no schools).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="StudentPortfolioConfigurationException">
    /// <see cref="AddStudentPortfolio"/> was already called on <paramref name="services"/>; or the configuration is
    /// invalid: more than one policy source is set, a preset identifier names no preset, a policy file is missing,
    /// unreadable or malformed, a path or preset identifier is empty, two policy versions of a school take effect on
    /// the same date, a school rule's code starts with <c>SP-</c> or is registered twice, or
    /// <see cref="StudentPortfolioOptions.ReaderOptions"/> is <see langword="null"/>. Every problem
    /// found is listed in <see cref="StudentPortfolioConfigurationException.Problems"/>.
    /// </exception>
    /// <remarks>
    /// <para>Registered (all singletons, all immutable or thread-safe):</para>
    /// <list type="bullet">
    /// <item><see cref="PortfolioPolicy"/>, and its <see cref="EnrollmentPolicy"/> (for the static <see cref="EnrollmentValidator"/>);</item>
    /// <item><see cref="IClock"/>: <see cref="StudentPortfolioOptions.Clock"/> or the system clock;</item>
    /// <item><see cref="SubmissionCalendar"/>, only when <see cref="StudentPortfolioOptions.Calendar"/> is set;</item>
    /// <item><see cref="PortfolioValidator"/> (with the policy, the calendar when registered, and the school rules of
    /// <see cref="StudentPortfolioOptions.Rules"/>);</item>
    /// <item><see cref="SubmissionReaderOptions"/>, <see cref="SubmissionImporter"/> and <see cref="SubmissionExporter"/>;</item>
    /// <item><see cref="BulkValidator"/> with the policy, the calendar when registered and the school rules (structural
    /// checks plus the policy's and the school's rules);</item>
    /// <item><see cref="PermissionMatrix"/> (<see cref="StudentPortfolioOptions.Permissions"/> or the default), the
    /// <see cref="ProxyDirectory"/> when <see cref="StudentPortfolioOptions.Proxies"/> is set, and
    /// <see cref="OutcomeWorkflow"/> (with the clock and the calendar) only when a calendar is registered: a workflow
    /// without a calendar would check no submission windows; with <see cref="StudentPortfolioOptions.School"/> set it
    /// asks <see cref="IStaffAvailabilitySource"/> for that school on every transition;</item>
    /// <item><see cref="ISchoolContextProvider"/> with one <see cref="SchoolContext"/> per school of
    /// <see cref="StudentPortfolioOptions.AddSchool"/>, and <see cref="IStaffAvailabilitySource"/> (an
    /// <see cref="InMemoryStaffAvailability"/>, also registered as itself, unless you registered a source before).</item>
    /// </list>
    /// <para>
    /// Resolve them by type, e.g. <c>provider.GetRequiredService&lt;PortfolioValidator&gt;()</c>, or take them as
    /// constructor parameters. Policy files are read by this method, once: a host with a bad policy file does not start.
    /// </para>
    /// <para>
    /// Every registration uses <c>TryAdd</c>: a service registered before this call (for example your own
    /// <see cref="IClock"/> or <see cref="IStaffAvailabilitySource"/>) is kept. Call this method once per container:
    /// a second call throws rather than silently keeping one of two configurations.
    /// </para>
    /// </remarks>
    public static IServiceCollection AddStudentPortfolio(this IServiceCollection services, Action<StudentPortfolioOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(StudentPortfolioOptions)))
        {
            throw new StudentPortfolioConfigurationException(
                "AddStudentPortfolio is called a second time on the same service collection; configure everything (every school too) in one call.");
        }

        var options = new StudentPortfolioOptions();
        configure?.Invoke(options);
        var problems = new List<string>();
        var policy = PolicySource(options, problems);
        var rules = SchoolSetup.CheckRules(options.Rules, "StudentPortfolioOptions.Rules", problems);
        var schools = new List<SchoolSetup>(options.Schools.Count);
        foreach (var school in options.Schools)
        {
            if (SchoolSetup.Load(school, problems) is { } setup)
            {
                schools.Add(setup);
            }
        }

        if (problems.Count > 0 || policy is null)
        {
            throw new StudentPortfolioConfigurationException(problems);
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(policy);
        services.TryAddSingleton(static sp => sp.GetRequiredService<PortfolioPolicy>().Enrollment);

        // Only this registration site may default to the system clock: everything else takes an injected IClock.
#pragma warning disable RS0030 // Banned API: SystemClock.Instance is the documented default of the DI registration.
        services.TryAddSingleton(options.Clock ?? SystemClock.Instance);
#pragma warning restore RS0030

        if (options.Calendar is not null)
        {
            services.TryAddSingleton(options.Calendar);
        }

        services.TryAddSingleton(sp => new PortfolioValidator(sp.GetRequiredService<PortfolioPolicy>(), sp.GetService<SubmissionCalendar>(), rules));
        services.TryAddSingleton(options.ReaderOptions);
        services.TryAddSingleton(static sp => new SubmissionImporter(sp.GetRequiredService<SubmissionReaderOptions>()));
        services.TryAddSingleton(static sp => new SubmissionExporter(sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new BulkValidator(sp.GetRequiredService<PortfolioPolicy>(), sp.GetService<SubmissionCalendar>(), rules));
        services.TryAddSingleton(options.Permissions ?? PermissionMatrix.Default);
        if (options.Proxies is not null)
        {
            services.TryAddSingleton(options.Proxies);
        }

        if (options.Calendar is not null)
        {
            var school = options.School;
            services.TryAddSingleton(sp =>
            {
                var workflow = new OutcomeWorkflow(
                    sp.GetRequiredService<IClock>(),
                    sp.GetRequiredService<SubmissionCalendar>(),
                    sp.GetRequiredService<PermissionMatrix>(),
                    sp.GetService<ProxyDirectory>());
                if (school is not { } code)
                {
                    return workflow;
                }

                var source = sp.GetRequiredService<IStaffAvailabilitySource>();
                return workflow.WithAvailabilitySource(() => source.GetAvailability(code));
            });
        }

        if (!services.Any(d => d.ServiceType == typeof(IStaffAvailabilitySource)))
        {
            var inMemory = new InMemoryStaffAvailability();
            services.TryAddSingleton(inMemory);
            services.TryAddSingleton<IStaffAvailabilitySource>(inMemory);
        }

        IReadOnlyList<SchoolSetup> setups = schools;
        services.TryAddSingleton<ISchoolContextProvider>(sp => new SchoolContextProvider(
            setups,
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<IStaffAvailabilitySource>(),
            sp.GetService<ITeachingAssignmentSource>()));
        return services;
    }

    private static PortfolioPolicy? PolicySource(StudentPortfolioOptions options, List<string> problems)
    {
        if (options.ReaderOptions is null)
        {
            problems.Add("StudentPortfolioOptions.ReaderOptions must not be null.");
        }

        var sources = (options.Policy is null ? 0 : 1) + (options.PolicyFilePath is null ? 0 : 1) + (options.PolicyPresetId is null ? 0 : 1);
        if (sources > 1)
        {
            problems.Add("Choose the policy in one way only: PolicyPresetId, PolicyFilePath or Policy.");
            return null;
        }

        if (options.Policy is { } instance)
        {
            return instance;
        }

        if (options.PolicyFilePath is { } path)
        {
            if (SchoolSetup.TryLoadFile(path, out var loaded, out var fileProblem))
            {
                return loaded;
            }

            problems.Add("StudentPortfolioOptions.PolicyFilePath: " + fileProblem);
            return null;
        }

        if (SchoolSetup.TryPreset(options.PolicyPresetId ?? PolicyPresets.NationalId, out var preset, out var presetProblem))
        {
            return preset;
        }

        problems.Add("StudentPortfolioOptions.PolicyPresetId: " + presetProblem);
        return null;
    }
}
