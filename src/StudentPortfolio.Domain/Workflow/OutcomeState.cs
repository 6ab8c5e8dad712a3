namespace StudentPortfolio.Workflow;

/// <summary>The life-cycle state of a course learning outcome in the workflow.</summary>
public enum OutcomeState
{
    /// <summary>Uploaded or re-uploaded (上傳/補上傳), waiting for certification.</summary>
    Uploaded = 1,

    /// <summary>Certified by the course teacher or a proxy (認證通過); may be selected.</summary>
    Certified = 2,

    /// <summary>Rejected with a reason (認證不通過/退件); the student may upload again.</summary>
    Rejected = 3,

    /// <summary>Certified and selected (勾選) for the central database.</summary>
    Selected = 4,

    /// <summary>Submitted (提交) by the school in a batch; waiting for the receipt.</summary>
    Submitted = 5,

    /// <summary>Listed unchanged in the receipt (收訖明細).</summary>
    Received = 6,

    /// <summary>The student reported the receipt as wrong (有誤).</summary>
    Disputed = 7,

    /// <summary>The school corrected the record after a dispute; to be resubmitted.</summary>
    Corrected = 8,
}
