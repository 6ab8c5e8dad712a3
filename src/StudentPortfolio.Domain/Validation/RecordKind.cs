namespace StudentPortfolio.Validation;

/// <summary>The arrays of a student object the bulk evaluator walks; the value names the JSON property.</summary>
internal enum RecordKind
{
    /// <summary><c>cadres</c> (幹部經歷).</summary>
    Cadre,

    /// <summary><c>courses</c> (修課紀錄).</summary>
    Course,

    /// <summary><c>outcomes</c> (課程學習成果).</summary>
    Outcome,

    /// <summary><c>performances</c> (多元表現).</summary>
    Performance,

    /// <summary><c>enrollment</c> (學籍異動).</summary>
    Enrollment,
}
