using StudentPortfolio.Identity;
using System.Text;
using StudentPortfolio.Export;
using StudentPortfolio.Portfolio;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.UnitTests.Portfolio;

/// <summary>
/// The records the 白河商工 work-allocation table (四(一)) names: attendance (四(一)五, 生輔組), clubs (四(一)六, 訓育組) and the
/// course-selection evaluation 「學群(類群)探索與就業規劃」 (四(一)三, 輔導室). The central-database format carries none
/// of them, so they stay at school.
/// </summary>
public class SchoolKeptRecordsTests
{
    private static readonly AttendanceRecord Attendance = new(RecordId.Parse("AT1"), TestData.Term, leavePeriods: 4, absentPeriods: 1, latePeriods: 2);
    private static readonly ClubRecord Club = new(RecordId.Parse("CL1"), TestData.Term, "熱音社（校內紀錄）");
    private static readonly CourseSelectionEvaluation Evaluation = new(RecordId.Parse("EV1"), TestData.Term, "商業與管理學群探索（校內紀錄）", "畢業後升讀科大行銷系（校內紀錄）", "G001");

    private static LearningPortfolio WithSchoolRecords(LearningPortfolio p) =>
        new(p.Student, p.Cadres, p.Courses, p.Outcomes, p.Performances, p.Counselling, p.Autobiography, p.Enrollment, [Attendance], [Club], [Evaluation]);

    [Fact]
    public void Portfolio_holds_attendance_club_and_evaluation_records_baihe_4_1()
    {
        var portfolio = WithSchoolRecords(new LearningPortfolio(TestData.Student()));

        Assert.Equal([Attendance], portfolio.Attendance);
        Assert.Equal([Club], portfolio.Clubs);
        Assert.Equal([Evaluation], portfolio.CourseEvaluations);
        Assert.Equal([Club], portfolio.WithOutcomes([]).Clubs);
    }

    [Fact]
    public void School_kept_records_are_not_in_the_export_baihe_4_1()
    {
        var portfolios = SampleSubmission.Portfolios().Select(WithSchoolRecords).ToArray();

        var bytes = SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(SampleSubmission.Header, portfolios));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.DoesNotContain("校內紀錄", text, StringComparison.Ordinal);
        Assert.DoesNotContain("attendance", text, StringComparison.OrdinalIgnoreCase);
        using var stream = new MemoryStream(bytes);
        var imported = SubmissionReader.ReadDocument(stream, cancellationToken: TestContext.Current.CancellationToken).Document!.Students[0].ToPortfolio();
        Assert.Empty(imported.Attendance);
        Assert.Empty(imported.Clubs);
        Assert.Empty(imported.CourseEvaluations);
    }

    [Fact]
    public void Records_reject_negative_counts_and_missing_parts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttendanceRecord(RecordId.Parse("A"), TestData.Term, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttendanceRecord(RecordId.Parse("A"), TestData.Term, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AttendanceRecord(RecordId.Parse("A"), TestData.Term, 0, 0, -1));
        Assert.Throws<ArgumentException>(() => new AttendanceRecord(default, TestData.Term, 0, 0));
        Assert.Throws<ArgumentException>(() => new ClubRecord(RecordId.Parse("C"), TestData.Term, " "));
        Assert.Throws<ArgumentException>(() => new ClubRecord(RecordId.Parse("C"), default, "熱音社"));
        Assert.Throws<ArgumentException>(() => new CourseSelectionEvaluation(RecordId.Parse("E"), TestData.Term, "", "", " "));
    }
}
