using FsCheck;
using FsCheck.Fluent;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>FsCheck generators of fuzzing cases: a seed and one to eight mutations (shrinking drops mutations).</summary>
public static class FuzzArbitraries
{
    public static Gen<Mutation> Mutations() =>
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Frequency((4, Gen.Choose(1, 16)), (1, Gen.Choose(17, 4096)))
        from value in Gen.Choose(0, int.MaxValue)
        select new Mutation(kind, at, length, value);

    public static Gen<FuzzCase> Cases(bool withGenerated) =>
        from seed in Gen.Choose(0, 1000)
        from other in Gen.Choose(0, 1000)
        from count in Gen.Frequency((6, Gen.Choose(1, 3)), (2, Gen.Choose(4, 8)), (1, Gen.Constant(0)))
        from mutations in Gen.ArrayOf(Mutations(), count)
        from generated in withGenerated
            ? Gen.Frequency((4, Gen.Constant<byte[]?>(null)), (1, PortfolioGenerators.Documents().Select(d => (byte[]?)FuzzCorpus.ToBytes(d))))
            : Gen.Constant<byte[]?>(null)
        select new FuzzCase(seed, other, mutations, generated);

    public static Arbitrary<FuzzCase> DocumentCases() => Cases(withGenerated: true).ToArbitrary();
}
