namespace StudentPortfolio.Enrollment;

/// <summary>The content kinds a school submits to the central database each term, for responsibility resolution.</summary>
public enum SubmissionContentKind
{
    /// <summary>Basic data (基本資料) recorded by the registrar.</summary>
    BasicData = 1,

    /// <summary>Course records and grades (修課紀錄).</summary>
    CourseRecords = 2,

    /// <summary>Course learning outcomes (課程學習成果).</summary>
    CourseOutcomes = 3,

    /// <summary>Multi-performance items (多元表現).</summary>
    MultiPerformance = 4,

    /// <summary>School-recorded cadre roles (校內幹部經歷).</summary>
    Cadres = 5,
}
