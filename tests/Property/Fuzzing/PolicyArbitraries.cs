using FsCheck;
using FsCheck.Fluent;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>Policy fuzzing cases (no generated submission documents as seeds).</summary>
public static class PolicyArbitraries
{
    public static Arbitrary<FuzzCase> Cases() => FuzzArbitraries.Cases(withGenerated: false).ToArbitrary();
}
