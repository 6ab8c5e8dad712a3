using StudentPortfolio.Internal;
using StudentPortfolio.Identity;
using StudentPortfolio.Calendar;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A club record (社團紀錄): the club a student took part in during a term, entered by the student activities section
/// (學務處訓育組, 白河商工學生學習歷程檔案作業補充規定 四(一)六) beside the cadre roles (<see cref="CadreRecord"/>).
/// </summary>
/// <remarks>
/// Stays at school: the central-database format carries club <em>cadre</em> roles (as cadre records or the
/// multi-performance cadre category) but no club membership, and no export type of this library carries one.
/// Immutable and thread-safe.
/// </remarks>
public sealed record ClubRecord
{
    /// <summary>Creates a club record.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term.</param>
    /// <param name="club">The club's name (社團名稱).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="term"/> is the default value, or <paramref name="club"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="club"/> is <see langword="null"/>.</exception>
    public ClubRecord(RecordId id, Term term, string club)
    {
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        Club = Guard.NotBlank(club);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the club's name.</summary>
    public string Club { get; }
}
