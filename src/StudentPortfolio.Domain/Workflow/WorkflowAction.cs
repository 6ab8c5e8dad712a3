namespace StudentPortfolio.Workflow;

/// <summary>The actions the <see cref="PermissionMatrix"/> grants or denies.</summary>
public enum WorkflowAction
{
    /// <summary>Upload a course learning outcome (上傳課程學習成果).</summary>
    UploadOutcome = 1,

    /// <summary>Edit or re-upload an outcome's content (修改/補上傳).</summary>
    EditOutcome = 2,

    /// <summary>Certify an outcome (認證通過).</summary>
    CertifyOutcome = 3,

    /// <summary>Reject an outcome with a reason (認證不通過).</summary>
    RejectOutcome = 4,

    /// <summary>Select an outcome for the central database (勾選).</summary>
    SelectOutcome = 5,

    /// <summary>Withdraw a selection (取消勾選).</summary>
    DeselectOutcome = 6,

    /// <summary>Upload or edit a multi-performance item (上傳多元表現).</summary>
    UploadPerformance = 7,

    /// <summary>Select a multi-performance item (勾選多元表現).</summary>
    SelectPerformance = 8,

    /// <summary>Submit a batch to the central database (提交).</summary>
    Submit = 9,

    /// <summary>Import a receipt (匯入收訖明細) and record what was received.</summary>
    ImportReceipt = 10,

    /// <summary>Answer the receipt as a student: correct or wrong (確認收訖明細).</summary>
    AnswerReceipt = 11,

    /// <summary>Dispute a received record (收訖明細有誤).</summary>
    DisputeReceipt = 12,

    /// <summary>Dismiss a dispute after checking that the data was right (查核無誤).</summary>
    DismissDispute = 13,

    /// <summary>Correct a disputed record (更正).</summary>
    CorrectRecord = 14,

    /// <summary>Resubmit a corrected record (重新提交).</summary>
    Resubmit = 15,

    /// <summary>Record basic register data (登錄學籍資料).</summary>
    RecordBasicData = 16,

    /// <summary>Record grades (登錄學業成績).</summary>
    RecordGrades = 17,

    /// <summary>Record cadre roles (登錄學生會、社團、班級幹部紀錄).</summary>
    RecordCadres = 18,

    /// <summary>Record counselling (登錄課程諮詢紀錄).</summary>
    RecordCounselling = 19,

    /// <summary>Record the course-selection evaluation (修課評估「學群(類群)探索與就業規劃」).</summary>
    RecordGuidance = 20,

    /// <summary>Record in-school performance of an event (登錄校內活動表現).</summary>
    RecordInSchoolPerformance = 21,

    /// <summary>View the portfolios and reports of one's class (檢視班級學生資料).</summary>
    ViewClassPortfolios = 22,

    /// <summary>Mark staff unavailable or available and maintain proxy lists (人員異動、代理人名單).</summary>
    ManageStaffAvailability = 23,

    /// <summary>Delete departed students' data after retention (刪除離校生資料).</summary>
    DeleteRetainedData = 24,

    /// <summary>Record attendance for the whole year (登錄出缺勤紀錄).</summary>
    RecordAttendance = 25,

    /// <summary>Record club participation (登錄社團紀錄).</summary>
    RecordClubs = 26,

    /// <summary>Record the names of elective courses after course selection (登錄選修課程名稱).</summary>
    RecordElectives = 27,

    /// <summary>Check a student's records and help enter them (檢核、協助登錄).</summary>
    CheckRecords = 28,

    /// <summary>Check the autobiography / study plan (自傳/學習計畫檢核).</summary>
    CheckAutobiography = 29,

    /// <summary>Re-check the basic data in a semester (每學期再次檢核學生基本資料).</summary>
    RecheckBasicData = 30,

    /// <summary>Resolve a student's dispute of one received record (收訖明細疑義確認).</summary>
    ResolveDispute = 31,

    /// <summary>Record a receipt confirmation returned on paper by mail (紙本郵寄確認收訖明細).</summary>
    RecordPaperConfirmation = 32,
}
