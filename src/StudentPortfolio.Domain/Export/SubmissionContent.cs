using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// Decides what a school's submission to the central database for one term contains. <see cref="SubmissionExporter"/>
/// writes exactly this and the workflow's submission batch lists exactly this, so the file sent and the batch
/// reconciled against the receipt agree by construction.
/// </summary>
/// <remarks>
/// <para>
/// A course learning outcome or multi-performance item of the term goes into the submission when it is selected
/// (勾選), certified and unchanged since certification (outcomes only: 經認證之課程學習成果始得提交), in the
/// submitting school's responsibility (學籍異動之學生學習歷程檔案處理原則; a student without an enrollment history is
/// taken to be the school's) and inside the academic year's selection cap of the policy, counting the year's
/// earlier terms first and then the term's records in order. Every record of the term left out is reported as
/// <c>SP-S005</c> (warning) with the reason <c>notSelected</c>, <c>notResponsible</c> or <c>overYearCap</c>; a
/// selected outcome left out because it is not certified or changed after certification is reported as
/// <c>SP-F013</c>. Records of other terms belong to other submissions and are left out without a report, except that
/// with <see cref="PortfolioPolicy.LatePerformanceWeeks"/> a selected multi-performance item dated in the last weeks of
/// the previous academic year goes into the first term's submission of the next. Basic
/// data, cadre, course records, the autobiography and the enrollment history are kept as they are.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class SubmissionContent
{
    /// <summary>Reason argument of <c>SP-S005</c>: the record is not selected for the central database.</summary>
    public const string NotSelected = "notSelected";

    /// <summary>Reason argument of <c>SP-S005</c>: another school (or no school) submits the record.</summary>
    public const string NotResponsible = "notResponsible";

    /// <summary>Reason argument of <c>SP-S005</c>: the record would exceed the academic year's selection cap.</summary>
    public const string OverYearCap = "overYearCap";

    /// <summary>Returns the submission of one student for <paramref name="school"/> and <paramref name="term"/> and the records left out.</summary>
    /// <param name="portfolio">The student's portfolio.</param>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="policy">The policy whose yearly selection caps apply; <see langword="null"/> applies no cap.</param>
    /// <param name="studentPath">The JSON path of the student used in the reports, e.g. <c>$.students[3]</c>.</param>
    /// <returns>The submission and the report of records left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="studentPath"/> is <see langword="null"/>.</exception>
    public static SubmissionSelection Select(LearningPortfolio portfolio, SchoolCode school, Term term, PortfolioPolicy? policy = null, string studentPath = "$")
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(studentPath);
        var key = portfolio.Key;
        var history = portfolio.Enrollment;
        var left = new List<ValidationIssue>();
        var schoolText = school.ToString();
        var termText = term.ToString();

        var outcomes = new List<CourseLearningOutcome>();
        var outcomeCount = CountEarlier(portfolio.Outcomes, term, static o => o.Term, static o => o.IsSelected && o.IsCertified);
        for (var i = 0; i < portfolio.Outcomes.Count; i++)
        {
            var o = portfolio.Outcomes[i];
            if (o.Term != term)
            {
                continue;
            }

            var path = $"{studentPath}.outcomes[{i}]";
            if (!o.IsSelected)
            {
                left.Add(LeftOut(key, o.Id, path + ".selected", schoolText, termText, NotSelected));
            }
            else if (!o.IsCertified)
            {
                left.Add(new ValidationIssue(WorkflowRules.SelectedButNotCertified, key, o.Id, path + ".certification", [o.Id.ToString()]));
            }
            else if (Admit(history, SubmissionResponsibility.For(history, o), school, outcomeCount, policy?.OutcomeSelectionsPerYear, left, key, o.Id, path, schoolText, termText))
            {
                outcomes.Add(o);
                outcomeCount++;
            }
        }

        var performances = new List<MultiPerformanceItem>();
        var performanceCount = CountEarlier(portfolio.Performances, term, static p => p.Term, static p => p.IsSelected);
        for (var i = 0; i < portfolio.Performances.Count; i++)
        {
            var p = portfolio.Performances[i];
            if (p.Term != term && !(p.IsSelected && LateIntoFollowingYear(p, term, policy)))
            {
                continue;
            }

            var path = $"{studentPath}.performances[{i}]";
            if (!p.IsSelected)
            {
                left.Add(LeftOut(key, p.Id, path + ".selected", schoolText, termText, NotSelected));
            }
            else if (Admit(history, SubmissionResponsibility.For(history, p), school, performanceCount, policy?.PerformanceSelectionsPerYear, left, key, p.Id, path, schoolText, termText))
            {
                performances.Add(p);
                performanceCount++;
            }
        }

        var submission = StudentSubmission.Create(portfolio.Student, portfolio.Cadres, portfolio.Courses, outcomes, performances, portfolio.Autobiography, history);
        return new SubmissionSelection(submission, new ValidationReport(left));
    }

    // PortfolioPolicy.LatePerformanceWeeks: a selected item dated in the last weeks of year Y goes into the first
    // submission of year Y + 1 (and counts toward its cap), as the validators accept it there.
    private static bool LateIntoFollowingYear(MultiPerformanceItem item, Term term, PortfolioPolicy? policy) =>
        policy is { LatePerformanceWeeks: > 0 } && term.Semester == Semester.First && item.Term.Year.RocYear + 1 == term.Year.RocYear
        && Validation.ContentChecks.IsLateInYear(Validation.ContentChecks.ItemDate(item.Details), item.Term.Year, policy.LatePerformanceWeeks);

    private static int CountEarlier<T>(IReadOnlyList<T> records, Term term, Func<T, Term> termOf, Func<T, bool> counts)
    {
        var n = 0;
        foreach (var r in records)
        {
            var t = termOf(r);
            if (t.Year == term.Year && t.CompareTo(term) < 0 && counts(r))
            {
                n++;
            }
        }

        return n;
    }

    // The checks an outcome and a multi-performance item share last: the submitting school is responsible for the
    // record, and the year's selection cap has room. A record that fails one is reported in left.
    private static bool Admit(EnrollmentHistory history, RecordResponsibility responsibility, SchoolCode school, int count, int? cap, List<ValidationIssue> left, StudentKey key, RecordId id, string path, string schoolText, string termText)
    {
        if (!IsResponsible(history, responsibility, school))
        {
            left.Add(LeftOut(key, id, path, schoolText, termText, NotResponsible));
            return false;
        }

        if (cap is { } max && count >= max)
        {
            left.Add(LeftOut(key, id, path + ".selected", schoolText, termText, OverYearCap));
            return false;
        }

        return true;
    }

    private static bool IsResponsible(EnrollmentHistory history, RecordResponsibility responsibility, SchoolCode school) =>
        history.Events.Count == 0 || responsibility.School == school;

    private static ValidationIssue LeftOut(StudentKey key, RecordId id, string path, string school, string term, string reason) =>
        new(SelectionRules.LeftOutOfSubmission, key, id, path, [id.ToString(), school, term, reason]);
}
