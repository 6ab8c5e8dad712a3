using StudentPortfolio.Internal;
using StudentPortfolio.Identity;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// An attendance record (出缺勤紀錄) for one term, entered and maintained for the whole year by the discipline section
/// (學務處生輔組, 白河商工學生學習歷程檔案作業補充規定 四(一)五).
/// </summary>
/// <remarks>
/// Stays at school: the central-database format has no attendance column, and no export type of this library carries
/// one. Immutable and thread-safe.
/// </remarks>
public sealed record AttendanceRecord
{
    /// <summary>Creates an attendance record.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term.</param>
    /// <param name="leavePeriods">Class periods on leave (請假節數).</param>
    /// <param name="absentPeriods">Class periods absent without leave (曠課節數).</param>
    /// <param name="latePeriods">Late arrivals or early departures (遲到早退次數).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public AttendanceRecord(RecordId id, Term term, int leavePeriods, int absentPeriods, int latePeriods = 0)
    {
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        LeavePeriods = Guard.NotNegative(leavePeriods);
        AbsentPeriods = Guard.NotNegative(absentPeriods);
        LatePeriods = Guard.NotNegative(latePeriods);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the class periods on leave.</summary>
    public int LeavePeriods { get; }

    /// <summary>Gets the class periods absent without leave.</summary>
    public int AbsentPeriods { get; }

    /// <summary>Gets the late arrivals or early departures.</summary>
    public int LatePeriods { get; }
}
