using System.Collections.Concurrent;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Workflow;

namespace StudentPortfolio.DependencyInjection;

/// <summary>
/// A thread-safe, in-process <see cref="IStaffAvailabilitySource"/>: staff are marked unavailable or available again
/// per school while the host runs. The default source registered by
/// <see cref="StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>.
/// </summary>
public sealed class InMemoryStaffAvailability : IStaffAvailabilitySource
{
    private readonly ConcurrentDictionary<SchoolCode, StaffAvailability> _bySchool = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="school"/> is the default value.</exception>
    public StaffAvailability GetAvailability(SchoolCode school)
    {
        Guard.NotDefault(school);
        return _bySchool.TryGetValue(school, out var availability) ? availability : StaffAvailability.AllAvailable;
    }

    /// <summary>Marks a staff member of a school unavailable.</summary>
    /// <param name="school">The school.</param>
    /// <param name="staffId">The staff identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="school"/> is the default value or <paramref name="staffId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="staffId"/> is <see langword="null"/>.</exception>
    public void MarkUnavailable(SchoolCode school, string staffId)
    {
        Guard.NotDefault(school);
        ArgumentException.ThrowIfNullOrWhiteSpace(staffId);
        _bySchool.AddOrUpdate(school, static (_, id) => StaffAvailability.AllAvailable.MarkUnavailable(id), static (_, current, id) => current.MarkUnavailable(id), staffId);
    }

    /// <summary>Marks a staff member of a school available again.</summary>
    /// <param name="school">The school.</param>
    /// <param name="staffId">The staff identifier.</param>
    /// <exception cref="ArgumentException"><paramref name="school"/> is the default value or <paramref name="staffId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="staffId"/> is <see langword="null"/>.</exception>
    public void MarkAvailable(SchoolCode school, string staffId)
    {
        Guard.NotDefault(school);
        ArgumentException.ThrowIfNullOrWhiteSpace(staffId);
        _bySchool.AddOrUpdate(school, static (_, _) => StaffAvailability.AllAvailable, static (_, current, id) => current.MarkAvailable(id), staffId);
    }

    /// <summary>Returns the number of schools with staff marked unavailable.</summary>
    /// <returns>For example <c>InMemoryStaffAvailability(2 schools)</c>.</returns>
    public override string ToString() => $"InMemoryStaffAvailability({_bySchool.Count(p => p.Value.Unavailable.Count > 0)} schools)";
}
