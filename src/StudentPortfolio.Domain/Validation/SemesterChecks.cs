using StudentPortfolio.Calendar;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision behind <c>SP-F030</c> on plain data: which terms in which a check was due have no check
/// (白河商工學生學習歷程檔案作業補充規定 四(一)二 「每學期並須再次檢核確認」).
/// </summary>
internal static class SemesterChecks
{
    /// <summary>Returns the due terms without a check, ordered and without duplicates.</summary>
    /// <param name="dueTerms">The terms in which a check was due (e.g. the terms the student was enrolled).</param>
    /// <param name="checkedTerms">The terms that have a check.</param>
    /// <returns>The missing terms.</returns>
    public static Term[] MissingTerms(IEnumerable<Term> dueTerms, IEnumerable<Term> checkedTerms)
    {
        ArgumentNullException.ThrowIfNull(dueTerms);
        ArgumentNullException.ThrowIfNull(checkedTerms);
        var done = new HashSet<Term>(checkedTerms);
        return dueTerms.Where(t => !t.IsDefault && !done.Contains(t)).Distinct().Order().ToArray();
    }
}
