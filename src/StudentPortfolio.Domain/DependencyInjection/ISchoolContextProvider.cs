using StudentPortfolio.Identity;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// Resolves the <see cref="SchoolContext"/> of a school in a host that serves many schools. Registered by
/// <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/> with the schools of
/// <see cref="StudentPortfolioOptions.AddSchool"/>; register your own implementation before it to load schools from
/// elsewhere.
/// </summary>
public interface ISchoolContextProvider
{
    /// <summary>Gets the configured schools, ordered.</summary>
    IReadOnlyList<SchoolCode> Schools { get; }

    /// <summary>Returns the context of a school.</summary>
    /// <param name="school">The school.</param>
    /// <returns>The context.</returns>
    /// <exception cref="KeyNotFoundException">The school is not configured.</exception>
    SchoolContext GetContext(SchoolCode school);

    /// <summary>Returns the context of a school, if configured.</summary>
    /// <param name="school">The school.</param>
    /// <param name="context">The context when configured.</param>
    /// <returns><see langword="true"/> when the school is configured.</returns>
    bool TryGetContext(SchoolCode school, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SchoolContext? context);
}
