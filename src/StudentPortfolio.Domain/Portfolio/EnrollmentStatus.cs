namespace StudentPortfolio.Portfolio;

/// <summary>A student's enrollment status (學籍狀態) on a given date, derived from the enrollment history.</summary>
public enum EnrollmentStatus
{
    /// <summary>Not (yet) enrolled: before the first admission or transfer-in of the history.</summary>
    NotEnrolled = 0,

    /// <summary>Enrolled and studying at the school of record (在學).</summary>
    Enrolled = 1,

    /// <summary>Suspended (休學); the school of record keeps the registration.</summary>
    Suspended = 2,

    /// <summary>Registered at the home school while studying at a host school (借讀).</summary>
    BorrowedStudy = 3,

    /// <summary>Transferred out (轉出); the last school of record no longer holds the registration.</summary>
    TransferredOut = 4,

    /// <summary>Withdrawn or left school (退學/離校).</summary>
    Withdrawn = 5,

    /// <summary>Graduated (畢業).</summary>
    Graduated = 6,
}
