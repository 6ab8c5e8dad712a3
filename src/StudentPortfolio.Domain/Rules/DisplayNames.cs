namespace StudentPortfolio.Rules;

/// <summary>
/// The display names (Traditional Chinese and English) of the library's terms that appear in messages, by table:
/// <c>role</c>, <c>action</c>, <c>state</c>, <c>window</c>, <c>content</c> (content kinds), <c>unit</c> (submitting units),
/// <c>collection</c>, <c>category</c> (multi-performance categories), <c>field</c> (category fields), <c>event</c> (enrollment
/// events), <c>sequenceError</c>, <c>responsibility</c>, <c>certification</c> and <c>receiptField</c>. Identifiers are matched
/// ignoring case, so a JSON name (<c>courseRecord</c>) and an enum name (<c>CourseRecords</c>) may share an entry.
/// </summary>
/// <remarks>An <see cref="IRuleMessageProvider"/> can replace any name per culture. Thread-safe.</remarks>
public static class DisplayNames
{
    private static readonly Dictionary<string, Dictionary<string, DisplayName>> Tables = Build();

    /// <summary>Gets the table names.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [.. Tables.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Looks up a name.</summary>
    /// <param name="table">The table, e.g. <c>action</c>.</param>
    /// <param name="identifier">The identifier, e.g. <c>CertifyOutcome</c>.</param>
    /// <returns>The display names, or <see langword="null"/> when the table or identifier is unknown.</returns>
    public static DisplayName? Find(string table, string identifier) =>
        table is not null && identifier is not null && Tables.TryGetValue(table, out var names) && names.TryGetValue(identifier, out var name) ? name : null;

    /// <summary>Returns a name that must exist.</summary>
    /// <param name="table">The table.</param>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The display names.</returns>
    /// <exception cref="KeyNotFoundException">The table or identifier is unknown.</exception>
    public static DisplayName Get(string table, string identifier) =>
        Find(table, identifier) ?? throw new KeyNotFoundException($"No display name for {table} '{identifier}'.");

    /// <summary>Returns the entries of a table, in the order they are defined.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The entries; empty for an unknown table.</returns>
    public static IReadOnlyList<DisplayName> In(string table) =>
        table is not null && Tables.TryGetValue(table, out var names) ? [.. names.Values.Distinct()] : [];

    private static Dictionary<string, Dictionary<string, DisplayName>> Build()
    {
        var tables = new Dictionary<string, Dictionary<string, DisplayName>>(StringComparer.Ordinal);
        void Add(string table, string identifier, string zhTw, string english)
        {
            if (!tables.TryGetValue(table, out var names))
            {
                names = new Dictionary<string, DisplayName>(StringComparer.OrdinalIgnoreCase);
                tables.Add(table, names);
            }

            names[identifier] = new DisplayName(identifier, zhTw, english);
        }

        Add("role", "Registrar", "註冊組", "the registrar");
        Add("role", "GuidanceOffice", "輔導室", "the guidance office");
        Add("role", "CounsellingTeacher", "課程諮詢教師", "course counselling teacher");
        Add("role", "StudentAffairs", "生輔組/訓育組", "student affairs");
        Add("role", "OrganisingUnit", "校內承辦單位", "organising unit");
        Add("role", "HomeroomTeacher", "導師", "homeroom teacher");
        Add("role", "CourseTeacher", "任課教師", "course teacher");
        Add("role", "Student", "學生", "student");
        Add("role", "Submitter", "提交人員", "submitter");
        Add("role", "TeachingSection", "教學組", "the teaching section");

        Add("action", "UploadOutcome", "上傳課程學習成果", "upload a course learning outcome");
        Add("action", "EditOutcome", "修改課程學習成果", "edit a course learning outcome");
        Add("action", "CertifyOutcome", "認證課程學習成果", "certify a course learning outcome");
        Add("action", "RejectOutcome", "退回課程學習成果（認證不通過）", "reject a course learning outcome");
        Add("action", "SelectOutcome", "勾選課程學習成果", "select a course learning outcome");
        Add("action", "DeselectOutcome", "取消勾選課程學習成果", "withdraw the selection of a course learning outcome");
        Add("action", "UploadPerformance", "上傳多元表現", "upload a multi-performance item");
        Add("action", "SelectPerformance", "勾選多元表現", "select a multi-performance item");
        Add("action", "Submit", "提交資料至中央資料庫", "submit to the central database");
        Add("action", "ImportReceipt", "匯入收訖明細", "import the receipt");
        Add("action", "AnswerReceipt", "確認收訖明細", "answer the receipt");
        Add("action", "DisputeReceipt", "提出收訖明細疑義", "dispute a received record");
        Add("action", "DismissDispute", "查核疑義後確認資料無誤", "dismiss a dispute");
        Add("action", "CorrectRecord", "更正資料", "correct a record");
        Add("action", "Resubmit", "重新提交", "resubmit a record");
        Add("action", "RecordBasicData", "登錄學籍資料", "record basic data");
        Add("action", "RecordGrades", "登錄學業成績", "record grades");
        Add("action", "RecordCadres", "登錄幹部紀錄", "record cadre roles");
        Add("action", "RecordCounselling", "登錄課程諮詢紀錄", "record counselling");
        Add("action", "RecordGuidance", "登錄修課評估", "record the course-selection evaluation");
        Add("action", "RecordInSchoolPerformance", "登錄校內表現", "record in-school performance");
        Add("action", "ViewClassPortfolios", "檢視班級學生資料", "view the class's portfolios");
        Add("action", "ManageStaffAvailability", "管理人員異動及代理人名單", "manage staff availability and proxy lists");
        Add("action", "DeleteRetainedData", "刪除離校生資料", "delete leavers' data");
        Add("action", "RecordAttendance", "登錄出缺勤紀錄", "record attendance");
        Add("action", "RecordClubs", "登錄社團紀錄", "record club participation");
        Add("action", "RecordElectives", "登錄選修課程名稱", "record elective course names");
        Add("action", "CheckRecords", "檢核學生資料", "check a student's records");
        Add("action", "CheckAutobiography", "檢核自傳及學習計畫", "check the autobiography and study plan");
        Add("action", "RecheckBasicData", "每學期再次檢核基本資料", "re-check the basic data for the semester");
        Add("action", "ResolveDispute", "確認收訖明細疑義", "resolve a dispute of a received record");
        Add("action", "RecordPaperConfirmation", "登錄紙本郵寄收訖確認", "record a paper confirmation of the receipt");

        Add("state", "Uploaded", "已上傳（待認證）", "uploaded");
        Add("state", "Certified", "已認證", "certified");
        Add("state", "Rejected", "認證不通過", "rejected");
        Add("state", "Selected", "已勾選", "selected");
        Add("state", "Submitted", "已提交", "submitted");
        Add("state", "Received", "已收訖", "received");
        Add("state", "Disputed", "有疑義", "disputed");
        Add("state", "Corrected", "已更正", "corrected");
        Add("state", "Open", "待確認", "open");
        Add("state", "Confirmed", "查核無誤", "confirmed");

        Add("unit", "Registrar", "教務處註冊組", "the registrar");
        Add("unit", "Admissions", "教務處招生組", "the admissions section");
        Add("unit", "StudentActivities", "學務處訓育組", "the student activities section");

        Add("window", "StudentUpload", "學生上傳", "student upload");
        Add("window", "TeacherCertification", "教師認證", "teacher certification");
        Add("window", "StudentSelection", "學生勾選", "student selection");
        Add("window", "SchoolSubmission", "學校提交", "school submission");
        Add("window", "ReceiptConfirmation", "收訖明細確認", "receipt confirmation");
        Add("window", "SchoolDataEntry", "學校登錄及檢核", "school data entry and check");
        Add("window", "AutobiographyEntry", "自傳及學習計畫登錄", "autobiography and study plan entry");

        Add("content", "BasicData", "學生基本資料", "basic data");
        Add("content", "CourseRecords", "修課紀錄", "course records");
        Add("content", "CourseOutcomes", "課程學習成果", "course learning outcomes");
        Add("content", "MultiPerformance", "多元表現", "multi-performance");
        Add("content", "Cadres", "校內幹部經歷", "cadre records");
        Add("content", "basicData", "學生基本資料", "basic data");
        Add("content", "courseRecord", "修課紀錄", "course records");
        Add("content", "courseRecords", "修課紀錄", "course records");
        Add("content", "courseOutcome", "課程學習成果", "course learning outcomes");
        Add("content", "courseOutcomes", "課程學習成果", "course learning outcomes");
        Add("content", "cadre", "校內幹部經歷", "cadre records");

        Add("collection", "cadres", "幹部經歷", "cadre records");
        Add("collection", "courses", "修課紀錄", "course records");
        Add("collection", "outcomes", "課程學習成果", "course learning outcomes");
        Add("collection", "performances", "多元表現", "multi-performance items");

        Add("category", "Cadre", "幹部經歷", "cadre");
        Add("category", "Competition", "競賽表現", "competition");
        Add("category", "Certificate", "檢定證照", "certificate or licence");
        Add("category", "ServiceLearning", "服務學習", "service learning");
        Add("category", "FlexibleLearning", "彈性學習時間", "flexible learning time");
        Add("category", "GroupActivity", "團體活動時間", "group activity time");
        Add("category", "WorkplaceLearning", "職場學習", "workplace learning");
        Add("category", "Works", "作品成果", "works");
        Add("category", "AdvancedCourse", "大學及技專校院先修課程", "university or college advanced course");
        Add("category", "Other", "其他多元表現", "other");

        Add("field", "unit", "單位名稱", "unit");
        Add("field", "startDate", "開始日期", "start date");
        Add("field", "endDate", "結束日期", "end date");
        Add("field", "title", "職稱", "title");
        Add("field", "level", "層級", "level");
        Add("field", "name", "名稱", "name");
        Add("field", "event", "項目", "event");
        Add("field", "levelCode", "競賽等級", "competition level");
        Add("field", "award", "獎項", "award");
        Add("field", "resultDate", "結果公布日期", "result date");
        Add("field", "isTeam", "參與形式（個人/團體）", "team entry");
        Add("field", "certificateCode", "證照代碼", "certificate code");
        Add("field", "score", "分數", "score");
        Add("field", "subResults", "分項結果", "sub-results");
        Add("field", "obtainedOn", "取得證照日期", "date obtained");
        Add("field", "certificateNumber", "證照字號", "certificate number");
        Add("field", "group", "組別", "group");
        Add("field", "organisation", "服務或實習單位", "organisation");
        Add("field", "hours", "時數", "hours");
        Add("field", "typeCode", "類別代碼", "type code");
        Add("field", "organiser", "主辦單位", "organiser");
        Add("field", "offeredIn", "開設學期", "term offered");
        Add("field", "periodsPerWeek", "每週節數", "periods per week");
        Add("field", "weeks", "週數", "weeks");
        Add("field", "heldIn", "辦理學期", "term held");
        Add("field", "periods", "節數", "periods");
        Add("field", "jobTitle", "職稱", "job title");
        Add("field", "date", "日期", "date");
        Add("field", "programme", "課程類別", "programme");
        Add("field", "courseName", "課程名稱", "course name");
        Add("field", "credits", "學分數", "credits");
        Add("field", "totalHours", "總時數", "total hours");

        Add("event", "Admit", "入學", "admission");
        Add("event", "TransferIn", "轉入", "transfer in");
        Add("event", "TransferOut", "轉出", "transfer out");
        Add("event", "ProgrammeChange", "轉科", "programme change");
        Add("event", "Suspend", "休學", "suspension");
        Add("event", "Resume", "復學", "resumption");
        Add("event", "RepeatYear", "重讀", "repeated year");
        Add("event", "BorrowedStudyStart", "借讀開始", "start of borrowed study");
        Add("event", "BorrowedStudyEnd", "借讀結束", "end of borrowed study");
        Add("event", "Withdraw", "退學", "withdrawal");
        Add("event", "Graduate", "畢業", "graduation");

        Add("sequenceError", "NotEnrolled", "學生當時不在學", "the student is not enrolled then");
        Add("sequenceError", "AlreadyEnrolled", "學生當時已在學", "the student is already enrolled");
        Add("sequenceError", "AfterGraduation", "學生已畢業", "the student has graduated");
        Add("sequenceError", "WrongSchool", "學校與當時就讀學校不符", "the school is not the school the student attends");
        Add("sequenceError", "CounterpartRequired", "須填寫對方學校", "the other school is required");
        Add("sequenceError", "CounterpartIsSameSchool", "對方學校不能是同一所學校", "the other school is the same school");
        Add("sequenceError", "TransferCounterpartMismatch", "轉入學校與轉出紀錄不符", "the transfer does not match the other school");
        Add("sequenceError", "ResumeWithoutSuspension", "沒有休學紀錄就復學", "resumption without a suspension");
        Add("sequenceError", "WhileSuspended", "學生當時休學中", "the student is suspended then");
        Add("sequenceError", "BorrowedStudyOverlap", "借讀期間重疊", "borrowed study periods overlap");
        Add("sequenceError", "BorrowedStudyEndWithoutStart", "借讀結束前沒有借讀開始", "borrowed study ends without a start");
        Add("sequenceError", "HostSchoolMismatch", "借讀學校與借讀開始紀錄不符", "the host school does not match the start of borrowed study");
        Add("sequenceError", "DuringBorrowedStudy", "借讀期間不能有此異動", "not possible during borrowed study");
        Add("sequenceError", "ProgrammeRequired", "須填寫科別", "the programme is required");
        Add("sequenceError", "TransferInExpected", "轉學後應先有轉入紀錄", "a transfer in is expected first");

        Add("responsibility", "SchoolOfRecord", "學籍所在學校", "school of record");
        Add("responsibility", "HomeSchoolOfBorrowedStudy", "借讀學生的原學校", "home school of borrowed study");
        Add("responsibility", "ReceivingSchoolOfTransfer", "轉入學校", "receiving school of the transfer");
        Add("responsibility", "Suspended", "學生該學期休學", "the student was suspended");
        Add("responsibility", "NotRegistered", "學生該學期不在學", "the student was not registered");
        Add("responsibility", "Unknown", "無法判定", "unknown");
        Add("responsibility", "suspended", "學生該學期休學", "the student was suspended");
        Add("responsibility", "notRegistered", "學生該學期不在學", "the student was not registered");
        Add("responsibility", "unknown", "無法判定", "unknown");

        Add("certification", "Pending", "待認證", "pending");
        Add("certification", "Certified", "已認證", "certified");
        Add("certification", "Rejected", "認證不通過", "rejected");
        Add("certification", "changedAfterCertification", "認證後內容已變更", "changed after certification");

        Add("receiptField", "kind", "資料類別", "kind");

        Add("jsonType", "an object", "物件", "an object");
        Add("jsonType", "an object or null", "物件或空值", "an object or null");
        Add("jsonType", "an array", "陣列", "an array");
        Add("jsonType", "an array of strings", "字串陣列", "an array of strings");
        Add("jsonType", "a string", "字串", "a string");
        Add("jsonType", "a string or null", "字串或空值", "a string or null");
        Add("jsonType", "a number", "數字", "a number");
        Add("jsonType", "a number or null", "數字或空值", "a number or null");
        Add("jsonType", "an integer", "整數", "an integer");
        Add("jsonType", "an integer or null", "整數或空值", "an integer or null");
        Add("jsonType", "a boolean", "布林值", "a boolean");
        Add("jsonType", "a boolean or null", "布林值或空值", "a boolean or null");
        Add("jsonType", "null", "空值", "null");

        Add("subject", "student", "學生", "student");
        Add("subject", "id", "紀錄編號", "record id");
        Add("subject", "content kind", "資料類別", "content kind");
        Add("subject", "The student object", "單一學生的資料", "The student object");
        Add("subject", "The exchange package", "歷程交換資料檔", "The exchange package");
        Add("subject", "A single value", "單一欄位值", "A single value");
        Add("subject", "A value", "單一欄位值", "A value");

        Add("idError", "length", "長度不是 10 碼", "length");
        Add("idError", "first letter", "第 1 碼不是大寫英文字母", "first letter");
        Add("idError", "second character", "第 2 碼不正確", "second character");
        Add("idError", "digits", "後 8 碼不全是數字", "digits");
        Add("idError", "check digit", "檢查碼錯誤", "check digit");
        Add("idError", "format", "格式錯誤", "format");
        Add("idError", "spaces", "不得含空白", "written with spaces");

        return tables;
    }
}
