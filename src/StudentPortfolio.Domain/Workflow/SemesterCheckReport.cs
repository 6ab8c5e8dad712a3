using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Reports the semesters in which the registrar did not re-check a student's basic data
/// (白河商工學生學習歷程檔案作業補充規定 四(一)二): one <c>SP-F030</c> warning per missing term.
/// </summary>
public static class SemesterCheckReport
{
    /// <summary>Returns one <c>SP-F030</c> issue per term in <paramref name="dueTerms"/> without a <see cref="RecordCheckKind.BasicData"/> check.</summary>
    /// <param name="student">The student.</param>
    /// <param name="dueTerms">The terms a re-check was due, e.g. the terms the student was enrolled up to the current one.</param>
    /// <param name="checks">The checks recorded (of any student and kind; only this student's basic-data checks count).</param>
    /// <returns>The issues, ordered by term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dueTerms"/> or <paramref name="checks"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationIssue> MissingBasicDataChecks(StudentKey student, IEnumerable<Term> dueTerms, IEnumerable<RecordCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var done = checks.Where(c => c is not null && c.Student == student && c.Kind == RecordCheckKind.BasicData).Select(c => c.Term);
        return SemesterChecks.MissingTerms(dueTerms, done)
            .Select(t => new ValidationIssue(WorkflowRules.BasicDataNotRechecked, student, null, "$.basicData", [student.ToString(), t.ToString()]))
            .ToArray();
    }
}
