namespace StudentPortfolio.Json;

/// <summary>How <see cref="StudentPortfolioJsonOptions.AddStudentPortfolioConverters"/> writes national IDs and student keys.</summary>
public enum NationalIdJsonHandling
{
    /// <summary>Masked (<c>A12****789</c>), the default: safe for logs, web responses and caches; cannot be read back.</summary>
    Masked = 0,

    /// <summary>
    /// The full number. Personal data: choose it only where the number must be stored or sent in full (a database
    /// column, a hand-over to another system).
    /// </summary>
    Unmasked = 1,
}
