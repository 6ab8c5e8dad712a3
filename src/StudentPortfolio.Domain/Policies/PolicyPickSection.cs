using StudentPortfolio.Internal;

namespace StudentPortfolio.Policies;

/// <summary>The <c>applicationPicks</c> section of a policy file.</summary>
internal sealed class PolicyPickSection : JsonSection
{
    public long? UniversityOutcomes { get; set; }

    public long? UniversityPerformances { get; set; }

    public long? TechnicalCollegeOutcomes { get; set; }

    public long? TechnicalCollegePerformances { get; set; }
}
