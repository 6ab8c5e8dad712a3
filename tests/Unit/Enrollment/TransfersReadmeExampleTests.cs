using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Enrollment;

/// <summary>The example of docs/transfers.md ("Transfers and repeats"), kept compiling and true.</summary>
public class TransfersReadmeExampleTests
{
    [Fact]
    public void Readme_example_runs_as_documented()
    {
        // --- begin README example ---
        var oldSchool = SchoolCode.Parse("041305");
        var newSchool = SchoolCode.Parse("191305");
        var id = NationalId.Parse("A123456789");
        var birth = new LocalDate(2008, 5, 1);

        // 1. The old school's portfolio: one certified outcome from 113-1; the student transfers out on 2025-03-01.
        var draft = new CourseLearningOutcome(RecordId.Parse("O1"), Term.Parse("113-1"),
            CourseCode.Parse("113041305H11101B1010101"), "閱讀報告", "讀《紅樓夢》的心得", isSelected: true);
        var outcome = draft.WithCertification(Certification.Certify("T001", Instant.FromUtc(2025, 1, 10, 2, 0), draft.ContentHash));
        var atOldSchool = new LearningPortfolio(
            new StudentBasicData(id, birth, "王小明", oldSchool, "S110001", "301", 2, "商二甲", 12),
            outcomes: [outcome],
            enrollment: EnrollmentHistory.Create(
            [
                new EnrollmentEvent(new LocalDate(2024, 8, 1), EnrollmentEventKind.Admit, oldSchool, programme: "301"),
                new EnrollmentEvent(new LocalDate(2025, 3, 1), EnrollmentEventKind.TransferOut, oldSchool, newSchool),
            ]));

        // 2. Export the exchange package (歷程交換資料) and merge it at the new school.
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 1, 1, 0));
        var package = ExchangePackage.Export(atOldSchool, clock);
        var atNewSchool = new LearningPortfolio(
            new StudentBasicData(id, birth, "王小明", newSchool, "N120007", "301", 2, "資二乙", 5),
            enrollment: EnrollmentHistory.Create(
                [new EnrollmentEvent(new LocalDate(2025, 3, 1), EnrollmentEventKind.TransferIn, newSchool, oldSchool, "301")]));
        var merged = ExchangeMerger.Merge(atNewSchool, package);
        var moved = merged.Portfolio.Outcomes.Single();
        // moved.Id == "041305:O1", moved.Kind == Transfer, moved.Origin == (041305, 113-1, original course code)

        // 3. Merging again changes nothing.
        var again = ExchangeMerger.Merge(merged.Portfolio, package);
        // again.Portfolio == merged.Portfolio, again.Added == 0, again.Conflicts is empty

        // 4. Who submits what: the new school submits 113-2 and the transfer sheet; the old school must not.
        var term = SubmissionResponsibility.ForTerm(merged.Portfolio.Enrollment, Term.Parse("113-2"), SubmissionContentKind.CourseOutcomes);
        var byOldSchool = EnrollmentValidator.ValidateSubmission(merged.Portfolio, oldSchool, Term.Parse("113-2"));
        // term.School == 191305; byOldSchool reports SP-E002 for the basic data and for 041305:O1

        // 5. Caps: the transfer year 113 counts across both schools (EnrollmentPolicy.Default).
        var tally = QuotaCounter.Tally(merged.Portfolio);
        // one bucket: year 113, school null, 1 selected outcome
        // --- end README example ---

        Assert.Equal(RecordId.Parse("041305:O1"), moved.Id);
        Assert.Equal(CourseRecordKind.Transfer, moved.Kind);
        Assert.Equal(new CourseOrigin(oldSchool, Term.Parse("113-1"), outcome.CourseCode), moved.Origin);
        Assert.True(moved.IsCertified);
        Assert.Equal(merged.Portfolio, again.Portfolio);
        Assert.Equal(0, again.Added);
        Assert.Empty(again.Conflicts);
        Assert.Equal(newSchool, term.School);
        Assert.Equal(["SP-E002", "SP-E002"], byOldSchool.Issues.Select(i => i.Code));
        Assert.Contains(byOldSchool.Issues, i => i.RecordId == RecordId.Parse("041305:O1"));
        var only = Assert.Single(tally);
        Assert.Equal(new QuotaBucket(AcademicYear.FromRocYear(113), null), only.Bucket);
        Assert.Equal(1, only.SelectedOutcomes);
        Assert.True(EnrollmentValidator.ValidateSubmission(merged.Portfolio, newSchool, Term.Parse("113-2")).IsValid);
    }
}
