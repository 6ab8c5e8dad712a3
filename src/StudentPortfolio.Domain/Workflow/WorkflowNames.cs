using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>The Traditional Chinese and English display names of the workflow's roles, actions, states and units.</summary>
public static class WorkflowNames
{
    /// <summary>Returns the display names of <paramref name="role"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The names, e.g. 註冊組 / registrar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined.</exception>
    public static DisplayName Of(Role role) => role switch
    {
        Role.Registrar => new(nameof(Role.Registrar), "註冊組", "the registrar"),
        Role.GuidanceOffice => new(nameof(Role.GuidanceOffice), "輔導室", "the guidance office"),
        Role.CounsellingTeacher => new(nameof(Role.CounsellingTeacher), "課程諮詢教師", "course counselling teacher"),
        Role.StudentAffairs => new(nameof(Role.StudentAffairs), "生輔組/訓育組", "student affairs"),
        Role.OrganisingUnit => new(nameof(Role.OrganisingUnit), "校內承辦單位", "organising unit"),
        Role.HomeroomTeacher => new(nameof(Role.HomeroomTeacher), "導師", "homeroom teacher"),
        Role.CourseTeacher => new(nameof(Role.CourseTeacher), "任課教師", "course teacher"),
        Role.Student => new(nameof(Role.Student), "學生", "student"),
        Role.Submitter => new(nameof(Role.Submitter), "提交人員", "submitter"),
        Role.TeachingSection => new(nameof(Role.TeachingSection), "教學組", "the teaching section"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Undefined role."),
    };

    /// <summary>Returns the display names of <paramref name="action"/>; the English name is a verb phrase.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The names, e.g. 認證課程學習成果 / certify a course learning outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is undefined.</exception>
    public static DisplayName Of(WorkflowAction action) => action switch
    {
        WorkflowAction.UploadOutcome => new(nameof(WorkflowAction.UploadOutcome), "上傳課程學習成果", "upload a course learning outcome"),
        WorkflowAction.EditOutcome => new(nameof(WorkflowAction.EditOutcome), "修改課程學習成果", "edit a course learning outcome"),
        WorkflowAction.CertifyOutcome => new(nameof(WorkflowAction.CertifyOutcome), "認證課程學習成果", "certify a course learning outcome"),
        WorkflowAction.RejectOutcome => new(nameof(WorkflowAction.RejectOutcome), "退回課程學習成果（認證不通過）", "reject a course learning outcome"),
        WorkflowAction.SelectOutcome => new(nameof(WorkflowAction.SelectOutcome), "勾選課程學習成果", "select a course learning outcome"),
        WorkflowAction.DeselectOutcome => new(nameof(WorkflowAction.DeselectOutcome), "取消勾選課程學習成果", "withdraw the selection of a course learning outcome"),
        WorkflowAction.UploadPerformance => new(nameof(WorkflowAction.UploadPerformance), "上傳多元表現", "upload a multi-performance item"),
        WorkflowAction.SelectPerformance => new(nameof(WorkflowAction.SelectPerformance), "勾選多元表現", "select a multi-performance item"),
        WorkflowAction.Submit => new(nameof(WorkflowAction.Submit), "提交資料至中央資料庫", "submit to the central database"),
        WorkflowAction.ImportReceipt => new(nameof(WorkflowAction.ImportReceipt), "匯入收訖明細", "import the receipt"),
        WorkflowAction.AnswerReceipt => new(nameof(WorkflowAction.AnswerReceipt), "確認收訖明細", "answer the receipt"),
        WorkflowAction.DisputeReceipt => new(nameof(WorkflowAction.DisputeReceipt), "提出收訖明細疑義", "dispute a received record"),
        WorkflowAction.DismissDispute => new(nameof(WorkflowAction.DismissDispute), "查核疑義後確認資料無誤", "dismiss a dispute"),
        WorkflowAction.CorrectRecord => new(nameof(WorkflowAction.CorrectRecord), "更正資料", "correct a record"),
        WorkflowAction.Resubmit => new(nameof(WorkflowAction.Resubmit), "重新提交", "resubmit a record"),
        WorkflowAction.RecordBasicData => new(nameof(WorkflowAction.RecordBasicData), "登錄學籍資料", "record basic data"),
        WorkflowAction.RecordGrades => new(nameof(WorkflowAction.RecordGrades), "登錄學業成績", "record grades"),
        WorkflowAction.RecordCadres => new(nameof(WorkflowAction.RecordCadres), "登錄幹部紀錄", "record cadre roles"),
        WorkflowAction.RecordCounselling => new(nameof(WorkflowAction.RecordCounselling), "登錄課程諮詢紀錄", "record counselling"),
        WorkflowAction.RecordGuidance => new(nameof(WorkflowAction.RecordGuidance), "登錄修課評估", "record the course-selection evaluation"),
        WorkflowAction.RecordInSchoolPerformance => new(nameof(WorkflowAction.RecordInSchoolPerformance), "登錄校內表現", "record in-school performance"),
        WorkflowAction.ViewClassPortfolios => new(nameof(WorkflowAction.ViewClassPortfolios), "檢視班級學生資料", "view the class's portfolios"),
        WorkflowAction.ManageStaffAvailability => new(nameof(WorkflowAction.ManageStaffAvailability), "管理人員異動及代理人名單", "manage staff availability and proxy lists"),
        WorkflowAction.DeleteRetainedData => new(nameof(WorkflowAction.DeleteRetainedData), "刪除離校生資料", "delete leavers' data"),
        WorkflowAction.RecordAttendance => new(nameof(WorkflowAction.RecordAttendance), "登錄出缺勤紀錄", "record attendance"),
        WorkflowAction.RecordClubs => new(nameof(WorkflowAction.RecordClubs), "登錄社團紀錄", "record club participation"),
        WorkflowAction.RecordElectives => new(nameof(WorkflowAction.RecordElectives), "登錄選修課程名稱", "record elective course names"),
        WorkflowAction.CheckRecords => new(nameof(WorkflowAction.CheckRecords), "檢核學生資料", "check a student's records"),
        WorkflowAction.CheckAutobiography => new(nameof(WorkflowAction.CheckAutobiography), "檢核自傳及學習計畫", "check the autobiography and study plan"),
        WorkflowAction.RecheckBasicData => new(nameof(WorkflowAction.RecheckBasicData), "每學期再次檢核基本資料", "re-check the basic data for the semester"),
        WorkflowAction.ResolveDispute => new(nameof(WorkflowAction.ResolveDispute), "確認收訖明細疑義", "resolve a dispute of a received record"),
        WorkflowAction.RecordPaperConfirmation => new(nameof(WorkflowAction.RecordPaperConfirmation), "登錄紙本郵寄收訖確認", "record a paper confirmation of the receipt"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Undefined action."),
    };

    /// <summary>Returns the display names of <paramref name="state"/>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The names, e.g. 已上傳（待認證） / uploaded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is undefined.</exception>
    public static DisplayName Of(OutcomeState state) => state switch
    {
        OutcomeState.Uploaded => new(nameof(OutcomeState.Uploaded), "已上傳（待認證）", "uploaded"),
        OutcomeState.Certified => new(nameof(OutcomeState.Certified), "已認證", "certified"),
        OutcomeState.Rejected => new(nameof(OutcomeState.Rejected), "認證不通過", "rejected"),
        OutcomeState.Selected => new(nameof(OutcomeState.Selected), "已勾選", "selected"),
        OutcomeState.Submitted => new(nameof(OutcomeState.Submitted), "已提交", "submitted"),
        OutcomeState.Received => new(nameof(OutcomeState.Received), "已收訖", "received"),
        OutcomeState.Disputed => new(nameof(OutcomeState.Disputed), "有疑義", "disputed"),
        OutcomeState.Corrected => new(nameof(OutcomeState.Corrected), "已更正", "corrected"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Undefined state."),
    };

    /// <summary>Returns the display names of <paramref name="unit"/>.</summary>
    /// <param name="unit">The submitting unit.</param>
    /// <returns>The names, e.g. 教務處註冊組 / the registrar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is undefined.</exception>
    public static DisplayName Of(SubmittingUnit unit) => unit switch
    {
        SubmittingUnit.Registrar => new(nameof(SubmittingUnit.Registrar), "教務處註冊組", "the registrar"),
        SubmittingUnit.Admissions => new(nameof(SubmittingUnit.Admissions), "教務處招生組", "the admissions section"),
        SubmittingUnit.StudentActivities => new(nameof(SubmittingUnit.StudentActivities), "學務處訓育組", "the student activities section"),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Undefined unit."),
    };
}
