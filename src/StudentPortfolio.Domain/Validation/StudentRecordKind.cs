namespace StudentPortfolio.Validation;

/// <summary>The kind of a record a school rule sees (<see cref="RecordView.Kind"/>); the value order follows the export shape.</summary>
public enum StudentRecordKind
{
    /// <summary>A cadre record (幹部經歷), <c>cadres</c>.</summary>
    Cadre = 0,

    /// <summary>A course record (修課紀錄), <c>courses</c>.</summary>
    Course = 1,

    /// <summary>A course learning outcome (課程學習成果), <c>outcomes</c>.</summary>
    Outcome = 2,

    /// <summary>A multi-performance item (多元表現), <c>performances</c>.</summary>
    Performance = 3,
}
