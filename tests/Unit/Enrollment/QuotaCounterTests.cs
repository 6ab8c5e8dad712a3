using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Enrollment;

public class QuotaCounterTests
{
    private static readonly CourseOrigin FromOld = new(OldSchool, T("113-1"), Code(OldSchool));

    private static LearningPortfolio Merged() => new(
        Student(NewSchool),
        outcomes:
        [
            Outcome("041305:O1", "113-1", OldSchool, selected: true, kind: CourseRecordKind.Transfer, origin: FromOld),
            Outcome("041305:O2", "113-1", OldSchool, selected: true, kind: CourseRecordKind.Transfer, origin: FromOld),
            Outcome("N1", "113-2", NewSchool, selected: true),
        ],
        performances: [Performance("041305:P1", "113-1", selected: true), Performance("P2", "113-2")],
        enrollment: TransferHistory());

    [Fact]
    public void Mid_year_transfer_keeps_counting_the_year_across_schools_by_default()
    {
        var tally = Assert.Single(QuotaCounter.Tally(Merged()));
        Assert.Equal(new QuotaBucket(AcademicYear.FromRocYear(113), null), tally.Bucket);
        Assert.Equal(3, tally.SelectedOutcomes);
        Assert.Equal(2, tally.Performances);
        Assert.Equal(1, tally.SelectedPerformances);
    }

    [Fact]
    public void Per_school_counting_splits_the_transfer_year_by_where_the_work_happened()
    {
        var policy = new EnrollmentPolicy(CountTransferYearAcrossSchools: false);
        var tallies = QuotaCounter.Tally(Merged(), policy);
        Assert.Equal(2, tallies.Count);
        var old = tallies.Single(t => t.Bucket.School == OldSchool);
        var @new = tallies.Single(t => t.Bucket.School == NewSchool);
        Assert.Equal((2, 1), (old.SelectedOutcomes, old.Performances));
        Assert.Equal((1, 1), (@new.SelectedOutcomes, @new.Performances));
    }

    [Fact]
    public void Transfer_record_counts_in_the_year_of_its_original_term()
    {
        var o = Outcome("X", "114-1", NewSchool, kind: CourseRecordKind.Transfer, origin: FromOld);
        var p = new LearningPortfolio(Student(NewSchool), outcomes: [o], enrollment: TransferHistory());
        Assert.Equal(AcademicYear.FromRocYear(113), QuotaCounter.BucketOf(p, o, EnrollmentPolicy.Default).Year);
    }

    [Fact]
    public void Repeated_year_has_its_own_quota_by_default_and_shares_the_repeated_year_when_switched_off()
    {
        var history = EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 8, 1), EnrollmentEventKind.RepeatYear, OldSchool)]);
        var repeated = Outcome("R1", "114-1", OldSchool, kind: CourseRecordKind.RepeatYear);
        var p = new LearningPortfolio(Student(OldSchool), outcomes: [Outcome("A1", "113-1", OldSchool), repeated], enrollment: history);
        Assert.Equal(AcademicYear.FromRocYear(114), QuotaCounter.BucketOf(p, repeated, EnrollmentPolicy.Default).Year);
        var shared = new EnrollmentPolicy(RepeatedYearHasFreshQuota: false);
        Assert.Equal(AcademicYear.FromRocYear(113), QuotaCounter.BucketOf(p, repeated, shared).Year);
        Assert.Equal(2, Assert.Single(QuotaCounter.Tally(p, shared)).Outcomes);
    }

    [Fact]
    public void Repeated_year_after_a_suspension_shares_the_last_year_studied()
    {
        var history = EnrollmentHistory.Create(
        [
            Admit(D(2023, 8, 1), OldSchool),
            E(D(2024, 8, 1), EnrollmentEventKind.Suspend, OldSchool),
            E(D(2025, 8, 1), EnrollmentEventKind.Resume, OldSchool),
            E(D(2025, 8, 1), EnrollmentEventKind.RepeatYear, OldSchool),
        ]);
        var repeated = Performance("R1", "114-1");
        var p = new LearningPortfolio(Student(OldSchool), performances: [repeated], enrollment: history);
        Assert.Equal(AcademicYear.FromRocYear(112), QuotaCounter.BucketOf(p, repeated, new EnrollmentPolicy(RepeatedYearHasFreshQuota: false)).Year);
    }

    [Fact]
    public void Year_without_repeat_event_is_its_own_bucket_even_when_fresh_quota_is_off()
    {
        var p = new LearningPortfolio(Student(OldSchool), performances: [Performance("P1", "114-1")], enrollment: EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool)]));
        Assert.Equal(AcademicYear.FromRocYear(114), QuotaCounter.BucketOf(p, p.Performances[0], new EnrollmentPolicy(RepeatedYearHasFreshQuota: false)).Year);
    }
}
