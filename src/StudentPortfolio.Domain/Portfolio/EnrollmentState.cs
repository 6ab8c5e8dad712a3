using StudentPortfolio.Identity;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A student's enrollment state at a moment: status, school of record, counterpart school and programme.
/// </summary>
/// <param name="Status">The enrollment status.</param>
/// <param name="School">The school of record (學籍學校); for transferred-out, withdrawn and graduated students the last one; <see langword="null"/> before enrollment.</param>
/// <param name="CounterpartSchool">The host school during borrowed study, or the receiving school after a transfer-out when it is known.</param>
/// <param name="Programme">The programme or department, when known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct EnrollmentState(EnrollmentStatus Status, SchoolCode? School, SchoolCode? CounterpartSchool, string? Programme)
{
    /// <summary>Gets the state before any event: not enrolled, no school.</summary>
    public static EnrollmentState None => default;

    /// <summary>Gets a value indicating whether the student is registered at <see cref="School"/> (enrolled, suspended or on borrowed study).</summary>
    public bool IsRegistered => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Suspended or EnrollmentStatus.BorrowedStudy;
}
