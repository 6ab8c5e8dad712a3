using NodaTime;
using StudentPortfolio.Identity;

namespace StudentPortfolio.DependencyInjection;

/// <summary>The registered <see cref="ISchoolContextProvider"/>: one context per configured school, built with the container.</summary>
internal sealed class SchoolContextProvider : ISchoolContextProvider
{
    private readonly Dictionary<SchoolCode, SchoolContext> _contexts;

    public SchoolContextProvider(IReadOnlyList<SchoolSetup> schools, IClock clock, IStaffAvailabilitySource availability, ITeachingAssignmentSource? teaching)
    {
        _contexts = schools.ToDictionary(s => s.School, s => new SchoolContext(s, clock, availability, teaching));
        Schools = [.. _contexts.Keys.Order()];
    }

    public IReadOnlyList<SchoolCode> Schools { get; }

    public SchoolContext GetContext(SchoolCode school) =>
        _contexts.TryGetValue(school, out var context)
            ? context
            : throw new KeyNotFoundException($"School {school} is not configured; configured schools: {Schools.Count}. Add it with StudentPortfolioOptions.AddSchool.");

    public bool TryGetContext(SchoolCode school, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SchoolContext? context) =>
        _contexts.TryGetValue(school, out context);

    public override string ToString() => $"SchoolContextProvider({Schools.Count} schools)";
}
