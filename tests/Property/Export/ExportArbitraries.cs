using FsCheck;
using FsCheck.Fluent;
using StudentPortfolio.Export;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Export;

/// <summary>Arbitraries for the export properties: documents and byte-level damage to apply to them.</summary>
public static class ExportArbitraries
{
    public static Arbitrary<SubmissionDocument> Documents() => PortfolioGenerators.Documents().ToArbitrary();

    public static Arbitrary<LearningPortfolio[]> Portfolios() =>
        (from count in Gen.Choose(1, 4)
         from portfolios in Gen.ArrayOf(PortfolioGenerators.Portfolios(), count)
         select portfolios.DistinctBy(p => p.Key).ToArray()).ToArbitrary();

    public static Arbitrary<Damage[]> Damages()
    {
        var one = from kind in Gen.Elements(Enum.GetValues<DamageKind>())
                  from at in Gen.Choose(0, int.MaxValue)
                  from length in Gen.Choose(1, 40)
                  from value in Gen.Elements<byte>(0x00, 0x22, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x3A, 0x5C, 0x80, 0xC3, 0xE5, 0xFF, 0x31, 0x6E, 0x20)
                  select new Damage(kind, at, length, value);
        return (from count in Gen.Choose(1, 3)
                from damages in Gen.ArrayOf(one, count)
                select damages).ToArbitrary();
    }
}
