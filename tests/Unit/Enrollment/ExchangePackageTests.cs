using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using static StudentPortfolio.UnitTests.Enrollment.EnrollmentFixtures;

namespace StudentPortfolio.UnitTests.Enrollment;

public class ExchangePackageTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 3, 1, 0, 0);

    private static LearningPortfolio OldPortfolio() => new(
        Student(OldSchool),
        cadres: [Cadre("C1", "113-1")],
        courses:
        [
            Course("K1", "113-1", OldSchool),
            Course("B1", "113-1", HostSchool, CourseRecordKind.BorrowedStudy, new CourseOrigin(HostSchool, null, Code(HostSchool), "英文", 2)),
        ],
        outcomes: [Outcome("O1", "113-1", OldSchool, selected: true), Outcome("O2", "113-1", OldSchool, certified: false)],
        performances: [Performance("P1", "113-1")],
        counselling: [new CounsellingRecord(RecordId.Parse("S1"), new LocalDateTime(2024, 10, 1, 10, 0), "輔導室", "選課", "建議", "T009")],
        enrollment: EnrollmentHistory.Create([Admit(D(2024, 8, 1), OldSchool), E(D(2025, 3, 1), EnrollmentEventKind.TransferOut, OldSchool, NewSchool)]));

    private static LearningPortfolio NewPortfolio() => new(
        Student(NewSchool),
        outcomes: [Outcome("N1", "113-2", NewSchool)],
        enrollment: EnrollmentHistory.Create([E(D(2025, 3, 1), EnrollmentEventKind.TransferIn, NewSchool, OldSchool, "301")]));

    [Fact]
    public void Export_stamps_the_clock_and_the_source_school()
    {
        var package = ExchangePackage.Export(OldPortfolio(), new FakeClock(Now));
        Assert.Equal(Now, package.ExportedAt);
        Assert.Equal(OldSchool, package.SourceSchool);
        Assert.Equal(OldPortfolio().Key, package.Student);
        Assert.DoesNotContain("123456", package.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_turns_own_courses_into_transfer_records_keeping_school_term_and_code()
    {
        var package = ExchangePackage.Export(OldPortfolio(), Now);
        var k1 = package.Courses.Single(c => c.Id == RecordId.Parse("041305:K1"));
        Assert.Equal(CourseRecordKind.Transfer, k1.Kind);
        Assert.Equal(new CourseOrigin(OldSchool, T("113-1"), Code(OldSchool), "國語文", 4), k1.Origin);
        Assert.Equal(T("113-1"), k1.Term);
        Assert.Equal(Code(OldSchool), k1.CourseCode);
    }

    [Fact]
    public void Export_turns_borrowed_study_into_transfer_records_from_the_host_school()
    {
        var b1 = ExchangePackage.Export(OldPortfolio(), Now).Courses.Single(c => c.Id == RecordId.Parse("041305:B1"));
        Assert.Equal(CourseRecordKind.Transfer, b1.Kind);
        Assert.Equal(HostSchool, b1.Origin!.School);
        Assert.Equal(T("113-1"), b1.Origin.Term);
        Assert.Equal("英文", b1.Origin.SubjectName);
    }

    [Fact]
    public void Export_carries_certified_outcomes_and_lists_uncertified_ones_as_omitted()
    {
        var package = ExchangePackage.Export(OldPortfolio(), Now);
        var o1 = Assert.Single(package.Outcomes);
        Assert.Equal(RecordId.Parse("041305:O1"), o1.Id);
        Assert.True(o1.IsSelected);
        Assert.Equal(CertificationStatus.Certified, o1.Certification.Status);
        Assert.Equal([RecordId.Parse("O2")], package.OmittedOutcomes);
    }

    [Fact]
    public void Exported_outcome_keeps_the_original_certifier_and_stays_certified_in_transfer_form()
    {
        var original = OldPortfolio().Outcomes[0];
        var o1 = ExchangePackage.Export(OldPortfolio(), Now).Outcomes[0];
        Assert.NotEqual(original.ContentHash, o1.ContentHash);
        Assert.True(o1.IsCertified);
        Assert.Equal(original.Certification.Certifier, o1.Certification.Certifier);
        Assert.Equal(original.Certification.DecidedAt, o1.Certification.DecidedAt);
        Assert.False(o1.WithContent("改過", o1.Description, o1.Files).IsCertified);
    }

    [Fact]
    public void Export_never_carries_counselling_records()
    {
        Assert.DoesNotContain(typeof(ExchangePackage).GetProperties(), p => p.PropertyType == typeof(IReadOnlyList<CounsellingRecord>));
    }

    [Fact]
    public void Re_exporting_a_merged_portfolio_keeps_the_first_school_prefix_and_origin()
    {
        var merged = ExchangeMerger.Merge(NewPortfolio(), ExchangePackage.Export(OldPortfolio(), Now)).Portfolio;
        var third = SchoolCode.Parse("000B00");
        var again = ExchangePackage.Export(merged, Now);
        var k1 = again.Courses.Single(c => c.Id == RecordId.Parse("041305:K1"));
        Assert.Equal(OldSchool, k1.Origin!.School);
        Assert.Contains(again.Outcomes, o => o.Id == RecordId.Parse("191305:N1"));
        Assert.NotEqual(third, again.SourceSchool);
    }

    [Fact]
    public void Record_id_too_long_for_the_prefix_is_a_clear_error()
    {
        var longId = new string('k', RecordId.MaxLength - 3);
        var p = new LearningPortfolio(Student(OldSchool), courses: [Course(longId, "113-1", OldSchool)]);
        var ex = Assert.Throws<ArgumentException>(() => ExchangePackage.Export(p, Now));
        Assert.Contains("course record", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_adds_the_old_school_records_and_unites_the_histories()
    {
        var result = ExchangeMerger.Merge(NewPortfolio(), ExchangePackage.Export(OldPortfolio(), Now));
        var p = result.Portfolio;
        Assert.Empty(result.Conflicts);
        Assert.Equal(5, result.Added);
        Assert.Equal(2, p.Outcomes.Count);
        Assert.Equal(2, p.Courses.Count);
        Assert.Empty(p.Counselling);
        Assert.True(p.Enrollment.IsValid);
        Assert.Equal(3, p.Enrollment.Events.Count);
        Assert.Equal(NewSchool, p.Enrollment.SchoolOfRecordOn(D(2025, 3, 1)));
    }

    [Fact]
    public void Merging_the_same_package_twice_changes_nothing()
    {
        var package = ExchangePackage.Export(OldPortfolio(), Now);
        var once = ExchangeMerger.Merge(NewPortfolio(), package);
        var twice = ExchangeMerger.Merge(once.Portfolio, package);
        Assert.Equal(once.Portfolio, twice.Portfolio);
        Assert.Equal(0, twice.Added);
        Assert.Equal(5, twice.Duplicates);
        Assert.Empty(twice.Conflicts);
    }

    [Fact]
    public void Changed_selection_at_the_new_school_is_not_a_conflict()
    {
        var package = ExchangePackage.Export(OldPortfolio(), Now);
        var merged = ExchangeMerger.Merge(NewPortfolio(), package).Portfolio;
        var deselected = merged.WithOutcomes(merged.Outcomes.Select(o => o.WithSelection(false)));
        var again = ExchangeMerger.Merge(deselected, package);
        Assert.Empty(again.Conflicts);
        Assert.All(again.Portfolio.Outcomes, o => Assert.False(o.IsSelected));
    }

    [Fact]
    public void Same_id_with_different_content_is_reported_and_not_overwritten()
    {
        var package = ExchangePackage.Export(OldPortfolio(), Now);
        var merged = ExchangeMerger.Merge(NewPortfolio(), package).Portfolio;
        var edited = merged.WithOutcomes(merged.Outcomes.Select(o => o.Id == RecordId.Parse("041305:O1") ? o.WithContent("改過", o.Description, o.Files) : o));
        var result = ExchangeMerger.Merge(edited, package);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(SubmissionContentKind.CourseOutcomes, conflict.Kind);
        Assert.Equal(RecordId.Parse("041305:O1"), conflict.RecordId);
        Assert.Equal(OldSchool, conflict.SourceSchool);
        Assert.Equal("改過", result.Portfolio.Outcomes[conflict.ExistingIndex].Title);
        var issue = Assert.Single(result.ToReport("$.students[0]").Issues);
        Assert.Equal("SP-E008", issue.Code);
        Assert.Equal($"$.students[0].outcomes[{conflict.ExistingIndex}]", issue.Path);
    }

    [Fact]
    public void Package_of_another_student_is_refused_with_masked_keys()
    {
        var other = new StudentBasicData(NationalId.Parse("B123456780"), Birth, "李", NewSchool, "S2", "301", 2, "商二乙", 1);
        var ex = Assert.Throws<ArgumentException>(() => ExchangeMerger.Merge(new LearningPortfolio(other), ExchangePackage.Export(OldPortfolio(), Now)));
        Assert.DoesNotContain("123456789", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123456780", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_from_the_receiving_school_itself_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ExchangeMerger.Merge(OldPortfolio(), ExchangePackage.Export(OldPortfolio(), Now)));
    }

    [Fact]
    public void Package_without_a_student_or_school_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExchangePackage(default, OldSchool, Now, null, null, null, null, null));
        Assert.Throws<ArgumentException>(() => new ExchangePackage(OldPortfolio().Key, default, Now, null, null, null, null, null));
    }

    [Fact]
    public void Null_package_in_a_list_is_named_by_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => ExchangeMerger.Merge(NewPortfolio(), [ExchangePackage.Export(OldPortfolio(), Now), null!]));
        Assert.Contains("Package 1", ex.Message, StringComparison.Ordinal);
    }
}
