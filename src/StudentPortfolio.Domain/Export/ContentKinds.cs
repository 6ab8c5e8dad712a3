namespace StudentPortfolio.Export;

/// <summary>
/// The content kinds (上傳資料類別) a submission document declares in <c>contentKinds</c>. Only the arrays of the
/// declared kinds are written; the student's identity and placement fields are always written.
/// </summary>
[Flags]
public enum ContentKinds
{
    /// <summary>No content kind (not a valid declaration).</summary>
    None = 0,

    /// <summary>Basic data (學生資料): the student's <c>cadres</c>, <c>autobiography</c> and <c>enrollment</c>.</summary>
    BasicData = 1,

    /// <summary>Course records (修課紀錄): the student's <c>courses</c>.</summary>
    CourseRecords = 2,

    /// <summary>Course learning outcomes (課程學習成果): the student's <c>outcomes</c>.</summary>
    CourseOutcomes = 4,

    /// <summary>Multi-performance items (多元表現): the student's <c>performances</c>.</summary>
    MultiPerformance = 8,

    /// <summary>All four content kinds.</summary>
    All = BasicData | CourseRecords | CourseOutcomes | MultiPerformance,
}
