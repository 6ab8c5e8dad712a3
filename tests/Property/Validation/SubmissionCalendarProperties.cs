using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Policies;
using StudentPortfolio.Validation;

namespace StudentPortfolio.PropertyTests.Validation;

public class SubmissionCalendarProperties
{
    private static readonly Term[] Terms = [Term.Parse("114-1"), Term.Parse("114-2")];

    private static Arbitrary<(SubmissionWindow Window, LocalDate Ceremony, int ExtraMinutes)> Windows() =>
        (from kind in Gen.Elements(Enum.GetValues<WindowKind>())
         from term in Gen.Elements(Terms)
         from graduating in Gen.Elements(true, false)
         from ceremonyOffset in Gen.Choose(120, 170)
         from startMinutes in Gen.Choose(0, 60 * 24 * 200)
         from lengthMinutes in Gen.Choose(-60 * 24, 60 * 24 * 40)
         from selfCheck in Gen.Choose(-60 * 24 * 5, 60 * 24 * 45)
         from extra in Gen.Choose(0, 60 * 24 * 30)
         let start = term.StartInstant + Duration.FromMinutes(startMinutes)
         let end = start + Duration.FromMinutes(lengthMinutes)
         select (new SubmissionWindow(kind, term, start, end, start + Duration.FromMinutes(selfCheck), graduating), term.Start.PlusDays(ceremonyOffset), extra)).ToArbitrary();

    [Property]
    public Property Extending_a_window_never_adds_an_upload_or_receipt_issue()
    {
        return Prop.ForAll(Windows(), c =>
        {
            var (window, ceremony, extra) = c;
            var longer = new SubmissionWindow(window.Kind, window.Term, window.Start, window.End + Duration.FromMinutes(extra), window.SelfCheck, window.ForGraduatingGrade);
            string[] codes = ["SP-W002", "SP-W004", "SP-W005"];
            var before = Codes(window, ceremony).Where(codes.Contains).ToHashSet();
            var after = Codes(longer, ceremony).Where(codes.Contains).ToHashSet();
            return after.IsSubsetOf(before);
        });

        static IEnumerable<string> Codes(SubmissionWindow w, LocalDate ceremony) =>
            CalendarValidator.Validate(new SubmissionCalendar([w], [new(w.Term, ceremony)]), PolicyPresets.National).Issues.Select(i => i.Code);
    }

    [Property]
    public Property An_open_window_is_open_exactly_between_its_ends()
    {
        return Prop.ForAll(Windows(), c =>
        {
            var (window, _, extra) = c;
            var calendar = new SubmissionCalendar([window]);
            var at = window.Start + Duration.FromMinutes(extra - (60 * 24 * 2));
            var expected = window.Start <= at && at <= window.End;
            return calendar.IsOpen(window.Kind, window.Term, at, graduating: true) == expected
                && calendar.IsOpen(window.Kind, window.Term, at, graduating: false) == (expected && !window.ForGraduatingGrade);
        });
    }
}
