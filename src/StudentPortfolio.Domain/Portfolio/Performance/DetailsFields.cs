namespace StudentPortfolio.Portfolio.Performance;

/// <summary>
/// The field table of the multi-performance details objects, one entry per category in <see cref="PerformanceCategory"/>
/// order: each field's JSON name, central-database column and getter. The submission format's reader tables, the
/// writer, the JSON Schema, the data dictionary, the content hash and the policies' required fields all come from it.
/// To add a field: add it here and to the details record, then pass it in the reader's constructor call
/// (docs/architecture.md, "Add a field to a multi-performance category").
/// </summary>
internal static class DetailsFields
{
    /// <summary>Gets the categories' details in <see cref="PerformanceCategory"/> order (index = value − 1).</summary>
    public static readonly DetailsSpec[] All =
    [
        new(PerformanceCategory.Cadre, "cadre", "cadreDetails", "幹部經歷暨事蹟紀錄",
        [
            DetailsField.Text("unit", "單位名稱", (CadreDetails d) => d.Unit),
            DetailsField.Date("startDate", "開始日期", (CadreDetails d) => d.StartDate),
            DetailsField.Date("endDate", "結束日期", (CadreDetails d) => d.EndDate),
            DetailsField.Text("title", "擔任職務", (CadreDetails d) => d.Title),
            DetailsField.Level("level", "幹部等級", (CadreDetails d) => d.Level),
        ]),
        new(PerformanceCategory.Competition, "competition", "competitionDetails", "競賽參與紀錄",
        [
            DetailsField.Text("name", "競賽名稱", (CompetitionDetails d) => d.Name),
            DetailsField.Text("event", "項目", (CompetitionDetails d) => d.Event),
            DetailsField.Text("levelCode", "競賽等級代碼", (CompetitionDetails d) => d.LevelCode),
            DetailsField.Text("award", "獎項", (CompetitionDetails d) => d.Award),
            DetailsField.Date("resultDate", "結果公布日期", (CompetitionDetails d) => d.ResultDate),
            DetailsField.Flag("isTeam", "團體參與代碼", (CompetitionDetails d) => d.IsTeam) with { Note = "`true` = team" },
        ]),
        new(PerformanceCategory.Certificate, "certificate", "certificateDetails", "檢定證照紀錄",
        [
            DetailsField.Text("certificateCode", "證照代碼", (CertificateDetails d) => d.CertificateCode),
            DetailsField.Text("score", "分數", (CertificateDetails d) => d.Score),
            DetailsField.Text("subResults", "分項結果", (CertificateDetails d) => d.SubResults),
            DetailsField.Date("obtainedOn", "取得證照日期", (CertificateDetails d) => d.ObtainedOn),
            DetailsField.Text("certificateNumber", "證照字號", (CertificateDetails d) => d.CertificateNumber),
            DetailsField.Text("group", "檢定組別", (CertificateDetails d) => d.Group),
        ]),
        new(PerformanceCategory.ServiceLearning, "serviceLearning", "serviceLearningDetails", "服務學習紀錄",
        [
            DetailsField.Text("name", "服務名稱", (ServiceLearningDetails d) => d.Name),
            DetailsField.Text("organisation", "服務單位", (ServiceLearningDetails d) => d.Organisation),
            DetailsField.Date("startDate", "開始日期", (ServiceLearningDetails d) => d.StartDate),
            DetailsField.Date("endDate", "結束日期", (ServiceLearningDetails d) => d.EndDate),
            DetailsField.Number("hours", "時數", (ServiceLearningDetails d) => d.Hours),
        ]),
        new(PerformanceCategory.FlexibleLearning, "flexibleLearning", "flexibleLearningDetails", "彈性學習時間紀錄",
        [
            DetailsField.Text("typeCode", "彈性學習時間類別種類代碼", (FlexibleLearningDetails d) => d.TypeCode),
            DetailsField.Text("name", "內容開設名稱", (FlexibleLearningDetails d) => d.Name),
            DetailsField.Text("organiser", "開設單位", (FlexibleLearningDetails d) => d.Organiser),
            DetailsField.InTerm("offeredIn", "開設學年度、開設學期", (FlexibleLearningDetails d) => d.OfferedIn),
            DetailsField.Integer("periodsPerWeek", "每週節數", (FlexibleLearningDetails d) => d.PeriodsPerWeek),
            DetailsField.Integer("weeks", "開設週數", (FlexibleLearningDetails d) => d.Weeks),
        ]),
        new(PerformanceCategory.GroupActivity, "groupActivity", "groupActivityDetails", "團體活動時間紀錄",
        [
            DetailsField.Text("typeCode", "團體活動時間類別代碼", (GroupActivityDetails d) => d.TypeCode),
            DetailsField.Text("organiser", "辦理單位", (GroupActivityDetails d) => d.Organiser),
            DetailsField.Text("name", "團體活動內容名稱", (GroupActivityDetails d) => d.Name),
            DetailsField.InTerm("heldIn", "活動學年度、活動學期", (GroupActivityDetails d) => d.HeldIn),
            DetailsField.Integer("periods", "節數", (GroupActivityDetails d) => d.Periods),
        ]),
        new(PerformanceCategory.WorkplaceLearning, "workplaceLearning", "workplaceLearningDetails", "職場學習紀錄",
        [
            DetailsField.Text("typeCode", "職場學習類別代碼", (WorkplaceLearningDetails d) => d.TypeCode),
            DetailsField.Text("organisation", "職場學習單位", (WorkplaceLearningDetails d) => d.Organisation),
            DetailsField.Text("jobTitle", "職場學習職稱", (WorkplaceLearningDetails d) => d.JobTitle),
            DetailsField.Date("startDate", "開始日期", (WorkplaceLearningDetails d) => d.StartDate),
            DetailsField.Date("endDate", "結束日期", (WorkplaceLearningDetails d) => d.EndDate),
            DetailsField.Number("hours", "時數", (WorkplaceLearningDetails d) => d.Hours),
        ]),
        new(PerformanceCategory.Works, "works", "workDetails", "作品成果紀錄",
        [
            DetailsField.Text("name", "名稱", (WorkDetails d) => d.Name),
            DetailsField.Date("date", "日期", (WorkDetails d) => d.Date),
        ]),
        new(PerformanceCategory.AdvancedCourse, "advancedCourse", "advancedCourseDetails", "大學及技專校院先修課程紀錄",
        [
            DetailsField.Text("programme", "計畫專案", (AdvancedCourseDetails d) => d.Programme),
            DetailsField.Text("organiser", "開設單位", (AdvancedCourseDetails d) => d.Organiser),
            DetailsField.Text("courseName", "課程名稱", (AdvancedCourseDetails d) => d.CourseName),
            DetailsField.Date("startDate", "開始日期", (AdvancedCourseDetails d) => d.StartDate),
            DetailsField.Date("endDate", "結束日期", (AdvancedCourseDetails d) => d.EndDate),
            DetailsField.Number("credits", "學分數", (AdvancedCourseDetails d) => d.Credits),
            DetailsField.Number("totalHours", "總時數", (AdvancedCourseDetails d) => d.TotalHours),
        ]),
        new(PerformanceCategory.Other, "other", "otherDetails", "其他多元表現紀錄",
        [
            DetailsField.Text("name", "名稱", (OtherPerformanceDetails d) => d.Name),
            DetailsField.Text("organiser", "主辦單位", (OtherPerformanceDetails d) => d.Organiser),
            DetailsField.Date("startDate", "開始日期", (OtherPerformanceDetails d) => d.StartDate),
            DetailsField.Date("endDate", "結束日期", (OtherPerformanceDetails d) => d.EndDate),
            DetailsField.Number("hours", "時數", (OtherPerformanceDetails d) => d.Hours),
        ]),
    ];

    /// <summary>Returns the details of a category.</summary>
    public static DetailsSpec Of(PerformanceCategory category) => All[(int)category - 1];

    /// <summary>Finds a category by its camelCase JSON name (<c>serviceLearning</c>).</summary>
    public static bool TryParse(string? name, out PerformanceCategory category)
    {
        var i = name is null ? -1 : Array.FindIndex(All, c => c.Name == name);
        category = i < 0 ? default : All[i].Category;
        return i >= 0;
    }
}
