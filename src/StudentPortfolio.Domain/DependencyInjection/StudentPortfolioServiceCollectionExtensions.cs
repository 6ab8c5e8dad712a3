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
    /// Registers the policy, the clock, the validators, the importer and exporter, and the bulk validator as
    /// singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults (national preset, system clock, strict import).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// More than one policy source is set, <see cref="StudentPortfolioOptions.PolicyPresetId"/> names no preset, a
    /// path or preset identifier is empty, or <see cref="StudentPortfolioOptions.ReaderOptions"/> is <see langword="null"/>.
    /// </exception>
    /// <remarks>
    /// <para>Registered (all singletons, all stateless or immutable and thread-safe):</para>
    /// <list type="bullet">
    /// <item><see cref="PortfolioPolicy"/>, and its <see cref="EnrollmentPolicy"/> (for the static <see cref="EnrollmentValidator"/>);</item>
    /// <item><see cref="IClock"/>: <see cref="StudentPortfolioOptions.Clock"/> or the system clock;</item>
    /// <item><see cref="SubmissionCalendar"/>, only when <see cref="StudentPortfolioOptions.Calendar"/> is set;</item>
    /// <item><see cref="PortfolioValidator"/> (with the policy and the calendar, when registered);</item>
    /// <item><see cref="SubmissionReaderOptions"/>, <see cref="SubmissionImporter"/> and <see cref="SubmissionExporter"/>;</item>
    /// <item><see cref="BulkValidator"/> with the policy (structural checks plus the policy's rules);</item>
    /// <item><see cref="PermissionMatrix"/> (<see cref="StudentPortfolioOptions.Permissions"/> or the default), the
    /// <see cref="ProxyDirectory"/> when <see cref="StudentPortfolioOptions.Proxies"/> is set, and
    /// <see cref="OutcomeWorkflow"/> (with the clock and the calendar) only when a calendar is registered: a workflow
    /// without a calendar would check no submission windows.</item>
    /// </list>
    /// <para>
    /// Resolve them by type, e.g. <c>provider.GetRequiredService&lt;PortfolioValidator&gt;()</c>, or take them as
    /// constructor parameters. A policy file is read when <see cref="PortfolioPolicy"/> (or a service that needs it)
    /// is first resolved, and only then; a missing or malformed file throws <see cref="FileNotFoundException"/>,
    /// <see cref="IOException"/> or <see cref="PolicyFormatException"/> from that resolution.
    /// </para>
    /// <para>
    /// Every registration uses <c>TryAdd</c>: a service registered before this call (for example your own
    /// <see cref="IClock"/>) is kept. Calling this method again is harmless: the first call's configuration wins
    /// and later calls register nothing (their <paramref name="configure"/> is not invoked).
    /// </para>
    /// </remarks>
    public static IServiceCollection AddStudentPortfolio(this IServiceCollection services, Action<StudentPortfolioOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(StudentPortfolioOptions))
            {
                return services;
            }
        }

        var options = new StudentPortfolioOptions();
        configure?.Invoke(options);
        var policy = PolicySource(options);

        services.TryAddSingleton(options);
        services.TryAdd(policy);
        services.TryAddSingleton(static sp => sp.GetRequiredService<PortfolioPolicy>().Enrollment);

        // Only this registration site may default to the system clock: everything else takes an injected IClock.
#pragma warning disable RS0030 // Banned API: SystemClock.Instance is the documented default of the DI registration.
        services.TryAddSingleton(options.Clock ?? SystemClock.Instance);
#pragma warning restore RS0030

        if (options.Calendar is not null)
        {
            services.TryAddSingleton(options.Calendar);
        }

        services.TryAddSingleton(static sp => new PortfolioValidator(sp.GetRequiredService<PortfolioPolicy>(), sp.GetService<SubmissionCalendar>()));
        services.TryAddSingleton(options.ReaderOptions);
        services.TryAddSingleton(static sp => new SubmissionImporter(sp.GetRequiredService<SubmissionReaderOptions>()));
        services.TryAddSingleton(static sp => new SubmissionExporter(sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(static sp => new BulkValidator(sp.GetRequiredService<PortfolioPolicy>()));
        services.TryAddSingleton(options.Permissions ?? PermissionMatrix.Default);
        if (options.Proxies is not null)
        {
            services.TryAddSingleton(options.Proxies);
        }

        if (options.Calendar is not null)
        {
            services.TryAddSingleton(static sp => new OutcomeWorkflow(
                sp.GetRequiredService<IClock>(),
                sp.GetRequiredService<SubmissionCalendar>(),
                sp.GetRequiredService<PermissionMatrix>(),
                sp.GetService<ProxyDirectory>()));
        }

        return services;
    }

    private static ServiceDescriptor PolicySource(StudentPortfolioOptions options)
    {
        if (options.ReaderOptions is null)
        {
            throw new InvalidOperationException("StudentPortfolioOptions.ReaderOptions must not be null.");
        }

        var sources = (options.Policy is null ? 0 : 1) + (options.PolicyFilePath is null ? 0 : 1) + (options.PolicyPresetId is null ? 0 : 1);
        if (sources > 1)
        {
            throw new InvalidOperationException("Choose the policy in one way only: PolicyPresetId, PolicyFilePath or Policy.");
        }

        if (options.Policy is { } instance)
        {
            return ServiceDescriptor.Singleton(instance);
        }

        if (options.PolicyFilePath is { } path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new InvalidOperationException("StudentPortfolioOptions.PolicyFilePath is empty.");
            }

            // A singleton factory runs once per container: the file is read on first resolution only.
            return ServiceDescriptor.Singleton(_ => PortfolioPolicy.LoadFile(path));
        }

        var id = options.PolicyPresetId ?? PolicyPresets.NationalId;
        return PolicyPresets.TryGet(id, out var preset)
            ? ServiceDescriptor.Singleton(preset)
            : throw new InvalidOperationException($"No preset policy '{Internal.ErrorText.Excerpt(id, 40)}'; presets are {string.Join(", ", PolicyPresets.Ids)}.");
    }
}
