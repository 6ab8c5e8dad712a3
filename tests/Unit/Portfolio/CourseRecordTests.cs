using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Portfolio;

public class CourseRecordTests
{
    private static readonly RecordId Id = RecordId.Parse("K1");

    [Fact]
    public void Regular_and_repeat_year_records_have_no_origin()
    {
        _ = new CourseRecord(Id, TestData.Term, TestData.Course, "國語文", 4, 87.5m);
        _ = new CourseRecord(Id, TestData.Term, TestData.Course, "國語文", 4, 87.5m, CourseRecordKind.RepeatYear);

        Assert.Throws<ArgumentException>(() =>
            new CourseRecord(Id, TestData.Term, TestData.Course, "國語文", 4, 87.5m, CourseRecordKind.Regular, new CourseOrigin(TestData.School)));
    }

    [Fact]
    public void Make_up_needs_the_term_it_should_have_been_taken_in()
    {
        Assert.Throws<ArgumentException>(() =>
            new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.MakeUp));

        var ok = new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.MakeUp, new CourseOrigin(Term: Term.Parse("113-1")));
        Assert.Equal(Term.Parse("113-1"), ok.Origin!.Term);
    }

    [Fact]
    public void Retake_needs_original_term_and_course()
    {
        Assert.Throws<ArgumentException>(() =>
            new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.Retake, new CourseOrigin(Term: Term.Parse("113-1"))));
        _ = new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.Retake, new CourseOrigin(Term: Term.Parse("113-1"), CourseCode: TestData.Course));
    }

    [Fact]
    public void Transfer_needs_original_school_term_and_course()
    {
        var oldSchool = SchoolCode.Parse("191305");
        Assert.Throws<ArgumentException>(() =>
            new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.Transfer, new CourseOrigin(oldSchool, Term.Parse("113-1"))));

        var ok = new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.Transfer, new CourseOrigin(oldSchool, Term.Parse("113-1"), TestData.Course));
        Assert.Equal(oldSchool, ok.Origin!.School);
    }

    [Fact]
    public void Borrowed_study_needs_the_host_school()
    {
        Assert.Throws<ArgumentException>(() =>
            new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.BorrowedStudy));
        _ = new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 4, 60m, CourseRecordKind.BorrowedStudy, new CourseOrigin(SchoolCode.Parse("801M01")));
    }

    [Fact]
    public void Negative_credits_and_default_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CourseRecord(Id, TestData.Term, TestData.Course, "數學", -1, null));
        Assert.Throws<ArgumentException>(() => new CourseRecord(default, TestData.Term, TestData.Course, "數學", 1, null));
        Assert.Throws<ArgumentException>(() => new CourseRecord(Id, default, TestData.Course, "數學", 1, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CourseRecord(Id, TestData.Term, TestData.Course, "數學", 1, null, (CourseRecordKind)99));
    }
}
