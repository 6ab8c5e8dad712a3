using StudentPortfolio.Identity;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// Tells, at the moment of asking, which staff members of a school are unavailable (人員異動: left, on leave, account
/// closed). A <see cref="SchoolContext"/> asks it for every workflow it hands out, so a change takes effect on the next
/// transition without rebuilding anything.
/// </summary>
/// <remarks>
/// Register your own implementation (for example one that reads the school's personnel system) before
/// <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>; otherwise an
/// <see cref="InMemoryStaffAvailability"/> is registered. Implementations must be thread-safe.
/// </remarks>
public interface IStaffAvailabilitySource
{
    /// <summary>Returns the current availability of a school's staff.</summary>
    /// <param name="school">The school.</param>
    /// <returns>The availability now; <see cref="StaffAvailability.AllAvailable"/> when nobody is marked.</returns>
    StaffAvailability GetAvailability(SchoolCode school);
}
