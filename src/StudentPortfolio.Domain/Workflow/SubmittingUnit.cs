namespace StudentPortfolio.Workflow;

/// <summary>The units that submit data to the central database (提交單位, 松山商家學生學習歷程檔案作業補充規定 六(一)).</summary>
public enum SubmittingUnit
{
    /// <summary>Registrar (教務處註冊組): student register data and grades.</summary>
    Registrar = 1,

    /// <summary>Admissions section (教務處招生組): course learning outcomes and multi-performance.</summary>
    Admissions = 2,

    /// <summary>Student activities section (學務處訓育組): in-school cadre records.</summary>
    StudentActivities = 3,
}
