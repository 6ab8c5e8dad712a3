namespace StudentPortfolio.Policies;

/// <summary>The period over which an upload count is limited.</summary>
public enum QuotaPeriod
{
    /// <summary>Per semester (每學期): the count is taken per <see cref="Calendar.Term"/>.</summary>
    Semester = 1,

    /// <summary>Per academic year (每學年): the count is taken per <see cref="Calendar.AcademicYear"/>.</summary>
    AcademicYear = 2,
}
