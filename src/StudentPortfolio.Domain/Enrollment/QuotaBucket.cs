using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;

namespace StudentPortfolio.Enrollment;

/// <summary>The bucket in which a record counts against the yearly caps: an academic year, and a school when caps are counted per school.</summary>
/// <param name="Year">The academic year in which the work counts.</param>
/// <param name="School">The school whose caps it counts against, or <see langword="null"/> when caps count across schools (<see cref="EnrollmentPolicy.CountTransferYearAcrossSchools"/>).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct QuotaBucket(AcademicYear Year, SchoolCode? School);
