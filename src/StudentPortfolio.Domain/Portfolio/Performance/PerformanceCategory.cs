namespace StudentPortfolio.Portfolio.Performance;

/// <summary>The ten central-database categories of multi-performance items (多元表現).</summary>
public enum PerformanceCategory
{
    /// <summary>Cadre experience (幹部經歷暨事蹟紀錄).</summary>
    Cadre = 1,

    /// <summary>Competition participation (競賽參與紀錄).</summary>
    Competition = 2,

    /// <summary>Tests and certificates or licences (檢定證照紀錄).</summary>
    Certificate = 3,

    /// <summary>Service learning (服務學習紀錄).</summary>
    ServiceLearning = 4,

    /// <summary>Flexible learning time (彈性學習時間紀錄).</summary>
    FlexibleLearning = 5,

    /// <summary>Group activity time (團體活動時間紀錄).</summary>
    GroupActivity = 6,

    /// <summary>Workplace learning (職場學習紀錄).</summary>
    WorkplaceLearning = 7,

    /// <summary>Works (作品成果紀錄).</summary>
    Works = 8,

    /// <summary>University and college advanced-placement courses (大學及技專校院先修課程紀錄).</summary>
    AdvancedCourse = 9,

    /// <summary>Other (其他多元表現紀錄).</summary>
    Other = 10,
}
