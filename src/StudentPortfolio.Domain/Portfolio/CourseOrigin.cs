using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// Where a non-regular course record or outcome comes from: the original (原修課) or host (借讀) school, term and
/// course. Which fields are required depends on the <see cref="CourseRecordKind"/>.
/// </summary>
/// <param name="School">The original school (transfer) or host school (borrowed study).</param>
/// <param name="Term">The original term (retake, transfer) or the term the course should have been taken in (make-up, 應修課學年度/學期).</param>
/// <param name="CourseCode">The original course code (retake, transfer) or the host school's course code (borrowed study).</param>
/// <param name="SubjectName">The original subject name (原修課科目名稱), if known.</param>
/// <param name="Credits">The original credits (原修課修課學分), if known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CourseOrigin(
    SchoolCode? School = null,
    Term? Term = null,
    CourseCode? CourseCode = null,
    string? SubjectName = null,
    int? Credits = null)
{
    /// <summary>Checks that <paramref name="origin"/> carries what <paramref name="kind"/> needs.</summary>
    /// <returns>An error message, or <see langword="null"/> when the combination is valid.</returns>
    internal static string? Check(CourseRecordKind kind, CourseOrigin? origin) => kind switch
    {
        CourseRecordKind.Regular or CourseRecordKind.RepeatYear =>
            origin is null ? null : $"A {kind} record must not have an origin.",
        CourseRecordKind.MakeUp =>
            origin?.Term is null ? "A make-up (補修) record needs the term the course should have been taken in (origin term)." : null,
        CourseRecordKind.Retake =>
            origin?.Term is null || origin.CourseCode is null ? "A retake (重修) record needs the original term and course code." : null,
        CourseRecordKind.Transfer =>
            origin?.School is null || origin.Term is null || origin.CourseCode is null
                ? "A transfer (轉學轉科) record needs the original school, term and course code."
                : null,
        CourseRecordKind.BorrowedStudy =>
            origin?.School is null ? "A borrowed-study (借讀) record needs the host school code." : null,
        _ => $"'{kind}' is not a defined CourseRecordKind.",
    };

    /// <summary>Throws when <paramref name="origin"/> does not fit <paramref name="kind"/>.</summary>
    internal static void Require(CourseRecordKind kind, CourseOrigin? origin, string paramName)
    {
        Guard.Defined(kind);
        var problem = Check(kind, origin);
        if (problem is not null)
        {
            throw new ArgumentException(problem, paramName);
        }

        if (origin is { Credits: < 0 })
        {
            throw new ArgumentOutOfRangeException(paramName, origin.Credits, "Origin credits should be 0 or more.");
        }

        if (origin is not null && (origin.School is { IsDefault: true } || origin.Term is { IsDefault: true } || origin.CourseCode is { IsDefault: true }))
        {
            throw new ArgumentException("Origin fields must not be default values.", paramName);
        }
    }
}
