namespace StudentPortfolio.Workflow;

/// <summary>What staff check for a student in a term.</summary>
public enum RecordCheckKind
{
    /// <summary>The registrar's re-check of the basic data, due every semester (白河商工學生學習歷程檔案作業補充規定 四(一)二).</summary>
    BasicData = 1,

    /// <summary>The check of the autobiography / study plan by the guidance office, homeroom or course teachers (四(一)九).</summary>
    Autobiography = 2,
}
