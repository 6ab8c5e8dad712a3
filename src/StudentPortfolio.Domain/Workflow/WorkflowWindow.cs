namespace StudentPortfolio.Workflow;

/// <summary>The calendar window a transition must fall in (internal seam onto the school's submission calendar).</summary>
internal enum WorkflowWindow
{
    StudentUpload = 1,
    TeacherCertification = 2,
    StudentSelection = 3,
    SchoolSubmission = 4,
    ReceiptConfirmation = 5,
}
