using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// Responsibility resolution after enrollment changes: which school submits each term's content and each record.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A term's content (every kind) is submitted by the <em>last</em> school of record during the term: after a
/// mid-term transfer the receiving school submits, so no term is submitted by two schools.</item>
/// <item>No submission is due for a term the student was suspended (休學) throughout (and, when
/// <see cref="EnrollmentPolicy.ExemptTermsEndingInSuspension"/> is set, for a term that ends in suspension).</item>
/// <item>Borrowed-study records (借讀) are submitted by the home school of record, not the host school.</item>
/// <item>Transfer records (轉學轉科) are submitted by the receiving school, in its own upload term: the school that
/// recorded the transfer-in from the original school (or, for a programme change inside one school, that school).</item>
/// </list>
/// Thread-safe.
/// </remarks>
public static class SubmissionResponsibility
{
    /// <summary>Returns which school submits <paramref name="kind"/> for <paramref name="term"/>.</summary>
    /// <param name="history">The enrollment history (merged across schools for a transferred student).</param>
    /// <param name="term">The term.</param>
    /// <param name="kind">The content kind.</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static TermResponsibility ForTerm(EnrollmentHistory history, Term term, SubmissionContentKind kind, EnrollmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        Guard.NotDefault(term);
        Guard.Defined(kind);
        var r = TermCore(history, term, policy ?? EnrollmentPolicy.Default);
        return new TermResponsibility(term, kind, r.School, r.Reason);
    }

    /// <summary>Returns the responsibility of every content kind for every term from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="first">The first term.</param>
    /// <param name="last">The last term (inclusive).</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <returns>One entry per term and kind, in term then kind order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A term is the default value, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static IReadOnlyList<TermResponsibility> Plan(EnrollmentHistory history, Term first, Term last, EnrollmentPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        Guard.NotDefault(first);
        Guard.NotDefault(last);
        if (last < first)
        {
            throw new ArgumentException($"The last term {last} is before the first term {first}.", nameof(last));
        }

        policy ??= EnrollmentPolicy.Default;
        var kinds = Enum.GetValues<SubmissionContentKind>();
        var plan = new List<TermResponsibility>();
        for (var term = first; ; term = term.Next)
        {
            var r = TermCore(history, term, policy);
            foreach (var kind in kinds)
            {
                plan.Add(new TermResponsibility(term, kind, r.School, r.Reason));
            }

            if (term == last)
            {
                break; // before Next, which does not exist after 999-2
            }
        }

        return plan;
    }

    /// <summary>Returns which school submits a course record.</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="record">The course record.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordResponsibility For(EnrollmentHistory history, CourseRecord record)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(record);
        return CourseCore(history, record.Term, record.Kind, record.Origin);
    }

    /// <summary>Returns which school submits a course learning outcome.</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordResponsibility For(EnrollmentHistory history, CourseLearningOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(outcome);
        return CourseCore(history, outcome.Term, outcome.Kind, outcome.Origin);
    }

    /// <summary>Returns which school submits a multi-performance item (the school of record in the item's term).</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="item">The item.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordResponsibility For(EnrollmentHistory history, MultiPerformanceItem item)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(item);
        return TermSchool(history, item.Term, ResponsibilityReason.SchoolOfRecord);
    }

    /// <summary>Returns which school submits a cadre record (the school of record in the record's term).</summary>
    /// <param name="history">The enrollment history.</param>
    /// <param name="cadre">The cadre record.</param>
    /// <returns>The responsibility.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static RecordResponsibility For(EnrollmentHistory history, CadreRecord cadre)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(cadre);
        return TermSchool(history, cadre.Term, ResponsibilityReason.SchoolOfRecord);
    }

    /// <summary>Term-level decision: last school of record, unless suspended throughout (or at the end, by policy) or not registered.</summary>
    internal static RecordResponsibility TermCore(EnrollmentHistory history, Term term, EnrollmentPolicy policy)
    {
        var presence = history.Presence(term);
        if (!presence.AnyRegistered)
        {
            return new RecordResponsibility(null, ResponsibilityReason.NotRegistered);
        }

        if (presence.SuspendedThroughout || (policy.ExemptTermsEndingInSuspension && presence.SuspendedAtEnd))
        {
            return new RecordResponsibility(null, ResponsibilityReason.Suspended);
        }

        return new RecordResponsibility(presence.LastSchool, ResponsibilityReason.SchoolOfRecord);
    }

    /// <summary>Record-level decision for course records and outcomes.</summary>
    internal static RecordResponsibility CourseCore(EnrollmentHistory history, Term term, CourseRecordKind kind, CourseOrigin? origin) => kind switch
    {
        CourseRecordKind.Transfer when origin?.School is { } original => ReceivingSchool(history, original, origin.Term ?? term),
        CourseRecordKind.BorrowedStudy => TermSchool(history, term, ResponsibilityReason.HomeSchoolOfBorrowedStudy),
        _ => TermSchool(history, term, ResponsibilityReason.SchoolOfRecord),
    };

    /// <summary>The last school of record during the term, suspended or not (records in suspended terms are reported separately).</summary>
    internal static RecordResponsibility TermSchool(EnrollmentHistory history, Term term, ResponsibilityReason reason)
    {
        var presence = history.Presence(term);
        return presence.AnyRegistered
            ? new RecordResponsibility(presence.LastSchool, reason)
            : new RecordResponsibility(null, ResponsibilityReason.NotRegistered);
    }

    /// <summary>The school that received the student from <paramref name="original"/>.</summary>
    internal static RecordResponsibility ReceivingSchool(EnrollmentHistory history, SchoolCode original, Term originTerm)
    {
        var events = history.Events;
        EnrollmentEvent? anyTransferIn = null;
        EnrollmentEvent? lastTransferOut = null;
        var isSchoolOfRecord = false;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Kind == EnrollmentEventKind.TransferIn && e.CounterpartSchool == original)
            {
                if (e.Date >= originTerm.Start)
                {
                    return new RecordResponsibility(e.School, ResponsibilityReason.ReceivingSchoolOfTransfer);
                }

                anyTransferIn ??= e;
            }
            else if (e.Kind == EnrollmentEventKind.TransferOut && e.School == original)
            {
                lastTransferOut = e;
            }

            isSchoolOfRecord |= e.School == original && e.Kind is EnrollmentEventKind.Admit or EnrollmentEventKind.TransferIn;
        }

        if (anyTransferIn is not null)
        {
            return new RecordResponsibility(anyTransferIn.School, ResponsibilityReason.ReceivingSchoolOfTransfer);
        }

        if (lastTransferOut is not null)
        {
            return lastTransferOut.CounterpartSchool is { } receiving
                ? new RecordResponsibility(receiving, ResponsibilityReason.ReceivingSchoolOfTransfer)
                : new RecordResponsibility(null, ResponsibilityReason.Unknown);
        }

        // A programme change (轉科) inside one school: the school submits its own transfer sheet.
        return isSchoolOfRecord
            ? new RecordResponsibility(original, ResponsibilityReason.ReceivingSchoolOfTransfer)
            : new RecordResponsibility(null, ResponsibilityReason.Unknown);
    }
}
