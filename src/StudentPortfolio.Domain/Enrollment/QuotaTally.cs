namespace StudentPortfolio.Enrollment;

/// <summary>The counts of one quota bucket.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Outcomes">Course learning outcomes counting in the bucket.</param>
/// <param name="SelectedOutcomes">Of those, the ones selected (勾選) for the central database.</param>
/// <param name="Performances">Multi-performance items counting in the bucket.</param>
/// <param name="SelectedPerformances">Of those, the ones selected for the central database.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuotaTally(QuotaBucket Bucket, int Outcomes, int SelectedOutcomes, int Performances, int SelectedPerformances);
