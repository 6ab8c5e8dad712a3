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

    /// <summary>The school enters and checks basic data and course records (學校登錄及檢核, 白河 四(二)一).</summary>
    SchoolDataEntry = 6,

    /// <summary>Students enter the autobiography / study plan when applying (自傳/學習計畫登錄, 白河 四(二)四).</summary>
    AutobiographyEntry = 7,
}
