namespace StudentPortfolio.Workflow;

/// <summary>A student's answer to the receipt (收訖明細確認).</summary>
public enum ReceiptAnswerKind
{
    /// <summary>The received data is correct (正確).</summary>
    Correct = 1,

    /// <summary>The received data is wrong (有誤); a reason is required.</summary>
    Incorrect = 2,
}
