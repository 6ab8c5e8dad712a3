namespace StudentPortfolio.Calendar;

/// <summary>The kinds of window a school publishes each semester (作業期程).</summary>
public enum WindowKind
{
    /// <summary>Students upload course learning outcomes and multi-performance items (學生上傳).</summary>
    StudentUpload = 1,

    /// <summary>Course teachers certify uploaded outcomes (教師認證).</summary>
    TeacherCertification = 2,

    /// <summary>Students select (勾選) items for the central database (學生勾選).</summary>
    StudentSelection = 3,

    /// <summary>The school pre-checks and submits to the central database (學校提交).</summary>
    SchoolSubmission = 4,

    /// <summary>Students confirm the receipt details (收訖明細確認); at least 3 days nationally.</summary>
    ReceiptConfirmation = 5,
}
