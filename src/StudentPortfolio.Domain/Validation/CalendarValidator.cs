using StudentPortfolio.Calendar;
using StudentPortfolio.Policies;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Checks a school's <see cref="SubmissionCalendar"/> (公告之作業時程) against the window rules of a
/// <see cref="PortfolioPolicy"/>.
/// </summary>
public static class CalendarValidator
{
    /// <summary>
    /// Checks the calendar against the policy's window rules: every window ends after it starts (<c>SP-W002</c>), its
    /// self-check lies inside it (<c>SP-W003</c>) and, when <see cref="WindowPolicy.RequireSelfCheck"/> is set, exists
    /// (<c>SP-W008</c>), the student upload window stays open long enough after the closing
    /// ceremony except for the graduating grade's second semester (<c>SP-W004</c>, <c>SP-W007</c> when the ceremony
    /// date is missing), and receipt confirmation lasts long enough (<c>SP-W005</c>: a window is N days long when it touches N Taipei
    /// calendar dates and lasts more than (N - 1) × 24 hours, so a 25-hour window over three dates is 2 days).
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="policy">The policy whose window rules apply.</param>
    /// <returns>The report; paths are <c>$.windows[i]</c> in <see cref="SubmissionCalendar.Windows"/> order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ValidationReport Validate(SubmissionCalendar calendar, PortfolioPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(policy);
        var windows = calendar.Windows;
        var issues = new List<ValidationIssue>();
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            var path = $"$.windows[{i}]";
            var term = w.Term.ToString();
            if (WindowChecks.EndsBeforeStart(w.Start, w.End))
            {
                issues.Add(new ValidationIssue(WindowRules.WindowEndsBeforeStart, null, null, path + ".end", [w.Kind.ToString(), term, TaipeiTime.Format(w.Start), TaipeiTime.Format(w.End)]));
            }

            if (w.SelfCheck is { } selfCheck && !w.Contains(selfCheck))
            {
                issues.Add(new ValidationIssue(WindowRules.SelfCheckOutsideWindow, null, null, path + ".selfCheck", [w.Kind.ToString(), term, TaipeiTime.Format(selfCheck), TaipeiTime.Format(w.Start), TaipeiTime.Format(w.End)]));
            }
            else if (w.SelfCheck is null && policy.Windows.RequireSelfCheck)
            {
                issues.Add(new ValidationIssue(WindowRules.SelfCheckMissing, null, null, path + ".selfCheck", [w.Kind.ToString(), term]));
            }

            if (w.Kind == WindowKind.StudentUpload)
            {
                if (calendar.GetClosingCeremony(w.Term) is not { } ceremony)
                {
                    issues.Add(new ValidationIssue(WindowRules.ClosingCeremonyMissing, null, null, path, [term]));
                }
                else if (WindowChecks.EarliestUploadLastDay(ceremony, w.Term, w.ForGraduatingGrade, policy.Windows) is { } earliest
                    && WindowChecks.UploadClosesTooSoon(w.End, earliest))
                {
                    issues.Add(new ValidationIssue(
                        WindowRules.UploadClosesTooSoon,
                        null,
                        null,
                        path + ".end",
                        [term, TaipeiTime.Format(w.End), ContentChecks.Text(ceremony), QuotaChecks.Text(policy.Windows.UploadDaysAfterClosingCeremony), ContentChecks.Text(earliest)]));
                }
            }

            if (w.Kind == WindowKind.ReceiptConfirmation)
            {
                var days = WindowChecks.DaysOpen(w.Start, w.End);
                if (days < policy.Windows.ReceiptConfirmationMinimumDays)
                {
                    issues.Add(new ValidationIssue(WindowRules.ReceiptConfirmationTooShort, null, null, path + ".end", [term, QuotaChecks.Text(days), QuotaChecks.Text(policy.Windows.ReceiptConfirmationMinimumDays)]));
                }
            }
        }

        return new ValidationReport(issues);
    }
}
