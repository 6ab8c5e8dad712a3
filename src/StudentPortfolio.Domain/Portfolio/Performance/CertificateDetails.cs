using NodaTime;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>Fields of a test or certificate item (檢定證照紀錄).</summary>
/// <param name="CertificateCode">The certificate code from the national table (證照代碼).</param>
/// <param name="Score">The score (分數), as written.</param>
/// <param name="SubResults">Sub-results (分項結果).</param>
/// <param name="ObtainedOn">The date obtained (取得證照日期).</param>
/// <param name="CertificateNumber">The certificate number (證照字號).</param>
/// <param name="Group">The test group (檢定組別).</param>
public sealed record CertificateDetails(string? CertificateCode, string? Score, string? SubResults, LocalDate? ObtainedOn, string? CertificateNumber, string? Group) : PerformanceDetails
{
    /// <inheritdoc/>
    public override PerformanceCategory Category => PerformanceCategory.Certificate;
}
