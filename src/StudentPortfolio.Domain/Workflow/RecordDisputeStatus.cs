namespace StudentPortfolio.Workflow;

/// <summary>Where a student's dispute of one received record stands.</summary>
public enum RecordDisputeStatus
{
    /// <summary>Raised by the student, waiting for the submitting unit (待確認).</summary>
    Open = 1,

    /// <summary>The submitting unit checked and found the received data right (查核無誤).</summary>
    Confirmed = 2,

    /// <summary>The submitting unit found an error and corrected it (已更正); it is submitted again.</summary>
    Corrected = 3,
}
