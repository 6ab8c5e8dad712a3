namespace StudentPortfolio.Policies;

/// <summary>
/// Caps on the items a student picks from the central database for one application (招生端參採件數上限), per
/// department applied to (校系).
/// </summary>
/// <param name="UniversityOutcomes">Course learning outcomes per university department (national: 3).</param>
/// <param name="UniversityPerformances">Multi-performance items per university department (national: 10).</param>
/// <param name="TechnicalCollegeOutcomes">Course learning outcomes per technical-college department (national: 9).</param>
/// <param name="TechnicalCollegePerformances">Multi-performance items per technical-college department (national: 10).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ApplicationPickLimits(int UniversityOutcomes, int UniversityPerformances, int TechnicalCollegeOutcomes, int TechnicalCollegePerformances)
{
    /// <summary>Gets the course-outcome cap per university department.</summary>
    public int UniversityOutcomes { get; } = NonNegative(UniversityOutcomes, nameof(UniversityOutcomes));

    /// <summary>Gets the multi-performance cap per university department.</summary>
    public int UniversityPerformances { get; } = NonNegative(UniversityPerformances, nameof(UniversityPerformances));

    /// <summary>Gets the course-outcome cap per technical-college department.</summary>
    public int TechnicalCollegeOutcomes { get; } = NonNegative(TechnicalCollegeOutcomes, nameof(TechnicalCollegeOutcomes));

    /// <summary>Gets the multi-performance cap per technical-college department.</summary>
    public int TechnicalCollegePerformances { get; } = NonNegative(TechnicalCollegePerformances, nameof(TechnicalCollegePerformances));

    private static int NonNegative(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        return value;
    }
}
