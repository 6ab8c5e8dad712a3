using StudentPortfolio.Calendar;

namespace StudentPortfolio.Validation;

/// <summary>
/// The decision logic of the selection rules over plain values. Used by <see cref="PortfolioValidator"/> and by the
/// streaming validator, so each rule has one definition.
/// </summary>
internal static class SelectionChecks
{
    /// <summary>Returns whether a selected outcome lacks a current certification.</summary>
    /// <param name="selected">Whether the outcome is selected.</param>
    /// <param name="certifiedAndUnchanged">Whether it is certified and its content unchanged since.</param>
    public static bool SelectedButNotCertified(bool selected, bool certifiedAndUnchanged) => selected && !certifiedAndUnchanged;

    /// <summary>Returns whether a selected record belongs to another academic year than the submission's.</summary>
    /// <param name="selected">Whether the record is selected.</param>
    /// <param name="recordYear">The academic year in which the work happened.</param>
    /// <param name="submissionYear">The academic year of the submission, when one is being validated.</param>
    public static bool FromAnotherYear(bool selected, AcademicYear recordYear, AcademicYear? submissionYear) =>
        selected && submissionYear is { } year && recordYear != year;
}
