using StudentPortfolio.Enrollment;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Which unit submits which kind by default (松山商家學生學習歷程檔案作業補充規定 六(一)): the registrar (註冊組) submits register data and
/// grades, the admissions section (招生組) course outcomes and multi-performance, the student activities section
/// (訓育組) in-school cadre records.
/// </summary>
public static class SubmissionUnits
{
    /// <summary>Returns the default submitting unit of <paramref name="kind"/>.</summary>
    /// <param name="kind">The content kind.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static SubmittingUnit DefaultFor(SubmissionContentKind kind) => kind switch
    {
        SubmissionContentKind.BasicData or SubmissionContentKind.CourseRecords => SubmittingUnit.Registrar,
        SubmissionContentKind.CourseOutcomes or SubmissionContentKind.MultiPerformance => SubmittingUnit.Admissions,
        SubmissionContentKind.Cadres => SubmittingUnit.StudentActivities,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined submission kind."),
    };

    /// <summary>Returns the administrative office (<see cref="Role"/>) that is <paramref name="unit"/>, if the library models it as a role.</summary>
    /// <param name="unit">The submitting unit.</param>
    /// <returns><see cref="Role.Registrar"/> for 註冊組, <see cref="Role.StudentAffairs"/> for 訓育組, <see langword="null"/> for 招生組 (submitters only).</returns>
    public static Role? OfficeOf(SubmittingUnit unit) => unit switch
    {
        SubmittingUnit.Registrar => Role.Registrar,
        SubmittingUnit.StudentActivities => Role.StudentAffairs,
        _ => null,
    };
}
