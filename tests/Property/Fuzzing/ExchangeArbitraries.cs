using FsCheck;
using FsCheck.Fluent;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>Exchange package fuzzing cases: the sample packages, sometimes a package of a generated portfolio.</summary>
public static class ExchangeArbitraries
{
    public static Arbitrary<FuzzCase> Cases() =>
        (from seed in Gen.Choose(0, 1000)
         from other in Gen.Choose(0, 1000)
         from count in Gen.Frequency((6, Gen.Choose(1, 3)), (2, Gen.Choose(4, 8)), (1, Gen.Constant(0)))
         from mutations in Gen.ArrayOf(FuzzArbitraries.Mutations(), count)
         from generated in Gen.Frequency(
             (4, Gen.Constant<byte[]?>(null)),
             (1, PortfolioGenerators.Portfolios().Select(p => (byte[]?)ExchangePackageFile.ToUtf8Bytes(ExchangePackage.Export(p, NodaTime.Instant.FromUtc(2025, 9, 1, 0, 0))))))
         select new FuzzCase(seed, other, mutations, generated)).ToArbitrary();
}
