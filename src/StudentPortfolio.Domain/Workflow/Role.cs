namespace StudentPortfolio.Workflow;

/// <summary>
/// The roles of the school's work allocation (人員權責) for the learning portfolio (白河商工學生學習歷程檔案作業補充規定 四, 松山商家學生學習歷程檔案作業補充規定 五–七).
/// An <see cref="Actor"/> may hold several roles.
/// </summary>
public enum Role
{
    /// <summary>Registrar (註冊組): basic data, grades, elective names; confirms the receipt (收訖明細).</summary>
    Registrar = 1,

    /// <summary>Guidance office (輔導室): course evaluation and career exploration records.</summary>
    GuidanceOffice = 2,

    /// <summary>Course counselling teacher (課程諮詢教師): counselling records.</summary>
    CounsellingTeacher = 3,

    /// <summary>Student affairs (學務處生輔組/訓育組): attendance (生輔組), cadres and clubs (訓育組).</summary>
    StudentAffairs = 4,

    /// <summary>Organising unit (承辦單位): in-school performance records of the events it runs.</summary>
    OrganisingUnit = 5,

    /// <summary>Homeroom teacher (導師): views the class's portfolios and checks records and the autobiography.</summary>
    HomeroomTeacher = 6,

    /// <summary>Course teacher (任課教師): certifies the outcomes of the courses they teach.</summary>
    CourseTeacher = 7,

    /// <summary>Student (學生): uploads, edits and selects own items; answers the receipt.</summary>
    Student = 8,

    /// <summary>Submitter (提交名冊人員): submits batches for the <see cref="SubmittingUnit"/>s the actor belongs to.</summary>
    Submitter = 9,

    /// <summary>Teaching section (教務處教學組): records elective course names with the registrar (白河 四(一)三).</summary>
    TeachingSection = 10,
}
