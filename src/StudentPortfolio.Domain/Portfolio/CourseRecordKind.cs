namespace StudentPortfolio.Portfolio;

/// <summary>
/// The kind of a course record or course learning outcome; each kind is its own central-database sheet.
/// </summary>
public enum CourseRecordKind
{
    /// <summary>A course taken in its normal term (學期成績 / 學期課程學習成果).</summary>
    Regular = 1,

    /// <summary>A make-up of a required course never taken (補修): needs the term it should have been taken in.</summary>
    MakeUp = 2,

    /// <summary>A retake of a failed course (重修): needs the original term and course code.</summary>
    Retake = 3,

    /// <summary>A course taken again while repeating a year (重讀).</summary>
    RepeatYear = 4,

    /// <summary>A course taken at another school or in another programme, carried over on transfer (轉學轉科): needs the original school, term and course code.</summary>
    Transfer = 5,

    /// <summary>A course taken at a host school while registered at home (借讀): needs the host school code.</summary>
    BorrowedStudy = 6,
}
