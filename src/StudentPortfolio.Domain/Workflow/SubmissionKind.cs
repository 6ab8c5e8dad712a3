namespace StudentPortfolio.Workflow;

/// <summary>
/// A content kind as submitted in one batch by one unit (seed 001 §6(1)). Unlike the export document's content
/// kinds, in-school cadre records (校內幹部經歷) are their own kind here because another unit submits them.
/// </summary>
public enum SubmissionKind
{
    /// <summary>Student register data (學生資料/學籍資料).</summary>
    BasicData = 1,

    /// <summary>Course records and grades (修課紀錄/學業成績).</summary>
    CourseRecords = 2,

    /// <summary>Course learning outcomes (課程學習成果).</summary>
    CourseOutcomes = 3,

    /// <summary>Multi-performance items (多元表現).</summary>
    MultiPerformance = 4,

    /// <summary>In-school cadre records (校內幹部經歷).</summary>
    Cadres = 5,
}
