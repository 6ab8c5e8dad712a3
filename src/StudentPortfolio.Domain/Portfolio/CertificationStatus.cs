namespace StudentPortfolio.Portfolio;

/// <summary>The teacher certification (認證) state of a course learning outcome.</summary>
public enum CertificationStatus
{
    /// <summary>Uploaded, waiting for the course teacher (待認證).</summary>
    Pending = 0,

    /// <summary>Certified by the course teacher or an authorised proxy (認證成功).</summary>
    Certified = 1,

    /// <summary>Rejected with a reason (認證失敗); the student may upload again.</summary>
    Rejected = 2,
}
