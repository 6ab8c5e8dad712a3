using System.Globalization;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Enrollment;

/// <summary>
/// Validates a portfolio against its enrollment history: impossible event sequences, records in suspended terms,
/// borrowed-study and transfer records that do not match the history, and — for a submission batch — records
/// submitted by the wrong school and submissions for terms in which none is due. Rules <c>SP-E…</c>
/// (<see cref="EnrollmentRules"/>).
/// </summary>
/// <remarks>
/// Responsibility checks need the history: when the portfolio has no enrollment events they are skipped (nothing
/// to compare with). Give a transferred student's merged portfolio (see <see cref="ExchangeMerger"/>) so that the
/// history covers every school. Thread-safe.
/// </remarks>
public static class EnrollmentValidator
{
    /// <summary>Validates a portfolio's enrollment data: SP-E001, SP-E004, SP-E006, SP-E007, SP-E009.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <param name="pathPrefix">The JSON path of the student, e.g. <c>$.students[3]</c>; <c>$</c> by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="pathPrefix"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(LearningPortfolio portfolio, EnrollmentPolicy? policy = null, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var issues = new List<ValidationIssue>();
        CollectDataIssues(portfolio, policy ?? EnrollmentPolicy.Default, pathPrefix, issues);
        return new ValidationReport(issues);
    }

    /// <summary>
    /// Validates a submission batch: everything <see cref="Validate"/> checks, plus SP-E002 (a record or the basic data
    /// submitted by a school other than the responsible one), SP-E003 (no submission due for the term) and SP-E005
    /// (a transfer record's original term after the submission term). Every record of <paramref name="batch"/> is
    /// treated as submitted in this batch.
    /// </summary>
    /// <param name="batch">The portfolio holding the records the school submits (with the full enrollment history).</param>
    /// <param name="submittingSchool">The school submitting.</param>
    /// <param name="submissionTerm">The term the submission is for (the school's upload term).</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <param name="pathPrefix">The JSON path of the student, e.g. <c>$.students[3]</c>; <c>$</c> by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="pathPrefix"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="submittingSchool"/> or <paramref name="submissionTerm"/> is the default value.</exception>
    public static ValidationReport ValidateSubmission(LearningPortfolio batch, SchoolCode submittingSchool, Term submissionTerm, EnrollmentPolicy? policy = null, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        Guard.NotDefault(submittingSchool.IsDefault, nameof(submittingSchool));
        Guard.NotDefault(submissionTerm.IsDefault, nameof(submissionTerm));
        policy ??= EnrollmentPolicy.Default;
        var issues = new List<ValidationIssue>();
        CollectDataIssues(batch, policy, pathPrefix, issues);
        var history = batch.Enrollment;
        var key = batch.Key;
        var school = submittingSchool.ToString();

        for (var i = 0; i < batch.Courses.Count; i++)
        {
            var c = batch.Courses[i];
            if (OriginAfterSubmission(c.Kind, c.Origin, submissionTerm) is { } originTerm)
            {
                issues.Add(new(EnrollmentRules.TransferOriginAfterSubmission, key, c.Id, $"{pathPrefix}.courses[{i}].origin.term", [c.Id.ToString(), originTerm.ToString(), submissionTerm.ToString()]));
            }
        }

        for (var i = 0; i < batch.Outcomes.Count; i++)
        {
            var o = batch.Outcomes[i];
            if (OriginAfterSubmission(o.Kind, o.Origin, submissionTerm) is { } originTerm)
            {
                issues.Add(new(EnrollmentRules.TransferOriginAfterSubmission, key, o.Id, $"{pathPrefix}.outcomes[{i}].origin.term", [o.Id.ToString(), originTerm.ToString(), submissionTerm.ToString()]));
            }
        }

        if (history.Events.Count == 0)
        {
            return new ValidationReport(issues);
        }

        var term = SubmissionResponsibility.TermCore(history, submissionTerm, policy);
        if (term.School is not { } responsible)
        {
            issues.Add(new(EnrollmentRules.NoSubmissionDue, key, null, pathPrefix, [submissionTerm.ToString(), ReasonName(term.Reason), school]));
        }
        else if (responsible != submittingSchool)
        {
            issues.Add(new(EnrollmentRules.WrongSubmittingSchool, key, null, $"{pathPrefix}.school", [ContentName(SubmissionContentKind.BasicData), "-", responsible.ToString(), school]));
        }

        for (var i = 0; i < batch.Courses.Count; i++)
        {
            var c = batch.Courses[i];
            CheckSchool(SubmissionResponsibility.CourseCore(history, c.Term, c.Kind, c.Origin), submittingSchool, SubmissionContentKind.CourseRecords, c.Id, i, key, pathPrefix, issues);
        }

        for (var i = 0; i < batch.Outcomes.Count; i++)
        {
            var o = batch.Outcomes[i];
            CheckSchool(SubmissionResponsibility.CourseCore(history, o.Term, o.Kind, o.Origin), submittingSchool, SubmissionContentKind.CourseOutcomes, o.Id, i, key, pathPrefix, issues);
        }

        for (var i = 0; i < batch.Performances.Count; i++)
        {
            var p = batch.Performances[i];
            CheckSchool(SubmissionResponsibility.TermSchool(history, p.Term, ResponsibilityReason.SchoolOfRecord), submittingSchool, SubmissionContentKind.MultiPerformance, p.Id, i, key, pathPrefix, issues);
        }

        for (var i = 0; i < batch.Cadres.Count; i++)
        {
            var c = batch.Cadres[i];
            CheckSchool(SubmissionResponsibility.TermSchool(history, c.Term, ResponsibilityReason.SchoolOfRecord), submittingSchool, SubmissionContentKind.Cadres, c.Id, i, key, pathPrefix, issues);
        }

        return new ValidationReport(issues);
    }

    /// <summary>The JSON path of a record of the given kind.</summary>
    internal static string PathOf(string prefix, SubmissionContentKind kind, int index) => kind switch
    {
        SubmissionContentKind.CourseRecords => $"{prefix}.courses[{index}]",
        SubmissionContentKind.CourseOutcomes => $"{prefix}.outcomes[{index}]",
        SubmissionContentKind.MultiPerformance => $"{prefix}.performances[{index}]",
        SubmissionContentKind.Cadres => $"{prefix}.cadres[{index}]",
        _ => prefix,
    };

    /// <summary>The language-neutral name of a content kind used in message arguments (camelCase as in the JSON shape).</summary>
    internal static string ContentName(SubmissionContentKind kind) => kind switch
    {
        SubmissionContentKind.BasicData => "basicData",
        SubmissionContentKind.CourseRecords => "courseRecord",
        SubmissionContentKind.CourseOutcomes => "courseOutcome",
        SubmissionContentKind.MultiPerformance => "multiPerformance",
        _ => "cadre",
    };

    /// <summary>SP-E005 decision: the original term of a transfer record when it is after the submission term.</summary>
    internal static Term? OriginAfterSubmission(CourseRecordKind kind, CourseOrigin? origin, Term submissionTerm) =>
        kind == CourseRecordKind.Transfer && origin?.Term is { } originTerm && originTerm > submissionTerm ? originTerm : null;

    /// <summary>SP-E006 decision: a transfer outcome whose certification is missing, rejected, or no longer covers its content.</summary>
    internal static bool TransferOutcomeNotCertified(CourseLearningOutcome outcome, EnrollmentPolicy policy) =>
        policy.RequireCertifiedTransferOutcomes && outcome.Kind == CourseRecordKind.Transfer && !outcome.IsCertified;

    /// <summary>SP-E007 decision: a borrowed-study record whose host school is not a host during the term.</summary>
    internal static bool HostMismatch(EnrollmentHistory history, Term term, CourseRecordKind kind, CourseOrigin? origin) =>
        kind == CourseRecordKind.BorrowedStudy && origin?.School is { } host && history.Events.Count > 0 && !history.HadBorrowedStudyAt(term, host);

    /// <summary>SP-E009 decision: a transfer record whose receiving school the history does not give.</summary>
    internal static bool ReceiverUnknown(EnrollmentHistory history, Term term, CourseRecordKind kind, CourseOrigin? origin) =>
        kind == CourseRecordKind.Transfer && history.Events.Count > 0 &&
        SubmissionResponsibility.CourseCore(history, term, kind, origin).Reason == ResponsibilityReason.Unknown;

    private static void CollectDataIssues(LearningPortfolio portfolio, EnrollmentPolicy policy, string prefix, List<ValidationIssue> issues)
    {
        var history = portfolio.Enrollment;
        var key = portfolio.Key;
        foreach (var p in history.Problems)
        {
            issues.Add(new(
                EnrollmentRules.ImpossibleSequence,
                key,
                null,
                $"{prefix}.enrollment[{p.EventIndex}]",
                [p.EventIndex.ToString(CultureInfo.InvariantCulture), LocalDatePattern.Iso.Format(p.Event.Date), p.Event.Kind.ToString(), p.Error.ToString()]));
        }

        if (history.Events.Count == 0)
        {
            return;
        }

        for (var i = 0; i < portfolio.Courses.Count; i++)
        {
            var c = portfolio.Courses[i];
            var path = $"{prefix}.courses[{i}]";
            Suspended(history, c.Term, SubmissionContentKind.CourseRecords, c.Id, path, key, issues);
            CourseChecks(history, c.Term, c.Kind, c.Origin, c.Id, path, key, issues);
        }

        for (var i = 0; i < portfolio.Outcomes.Count; i++)
        {
            var o = portfolio.Outcomes[i];
            var path = $"{prefix}.outcomes[{i}]";
            Suspended(history, o.Term, SubmissionContentKind.CourseOutcomes, o.Id, path, key, issues);
            CourseChecks(history, o.Term, o.Kind, o.Origin, o.Id, path, key, issues);
            if (TransferOutcomeNotCertified(o, policy))
            {
                issues.Add(new(EnrollmentRules.TransferOutcomeNotCertified, key, o.Id, path + ".certification", [o.Id.ToString(), o.Origin?.School?.ToString() ?? "-"]));
            }
        }

        for (var i = 0; i < portfolio.Performances.Count; i++)
        {
            var p = portfolio.Performances[i];
            Suspended(history, p.Term, SubmissionContentKind.MultiPerformance, p.Id, $"{prefix}.performances[{i}]", key, issues);
        }

        for (var i = 0; i < portfolio.Cadres.Count; i++)
        {
            var c = portfolio.Cadres[i];
            Suspended(history, c.Term, SubmissionContentKind.Cadres, c.Id, $"{prefix}.cadres[{i}]", key, issues);
        }
    }

    private static void Suspended(EnrollmentHistory history, Term term, SubmissionContentKind kind, RecordId id, string path, StudentKey key, List<ValidationIssue> issues)
    {
        if (history.Presence(term).SuspendedThroughout)
        {
            issues.Add(new(EnrollmentRules.RecordInSuspendedTerm, key, id, path + ".term", [ContentName(kind), id.ToString(), term.ToString()]));
        }
    }

    private static void CourseChecks(EnrollmentHistory history, Term term, CourseRecordKind kind, CourseOrigin? origin, RecordId id, string path, StudentKey key, List<ValidationIssue> issues)
    {
        if (HostMismatch(history, term, kind, origin))
        {
            issues.Add(new(EnrollmentRules.BorrowedStudyHostMismatch, key, id, path + ".origin.school", [id.ToString(), origin!.School!.Value.ToString(), term.ToString()]));
        }

        if (ReceiverUnknown(history, term, kind, origin))
        {
            issues.Add(new(EnrollmentRules.TransferReceiverUnknown, key, id, path + ".origin.school", [id.ToString(), origin!.School!.Value.ToString()]));
        }
    }

    private static void CheckSchool(RecordResponsibility r, SchoolCode submitting, SubmissionContentKind kind, RecordId id, int index, StudentKey key, string prefix, List<ValidationIssue> issues)
    {
        if (r.Reason == ResponsibilityReason.Unknown || r.School == submitting)
        {
            return; // Unknown receivers are SP-E009.
        }

        issues.Add(new(
            EnrollmentRules.WrongSubmittingSchool,
            key,
            id,
            PathOf(prefix, kind, index),
            [ContentName(kind), id.ToString(), r.School?.ToString() ?? "-", submitting.ToString()]));
    }

    private static string ReasonName(ResponsibilityReason reason) => reason switch
    {
        ResponsibilityReason.Suspended => "suspended",
        ResponsibilityReason.NotRegistered => "notRegistered",
        _ => "unknown",
    };
}
