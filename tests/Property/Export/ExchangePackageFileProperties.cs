using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.PropertyTests.Export;

public class ExchangePackageFileProperties
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(ExchangePackageSchema.GetJson());
    private static readonly JsonSchemaValidator Validator = new(Schema.RootElement);

    public static class Packages
    {
        public static Arbitrary<ExchangePackage> Arbitrary() =>
            (from portfolio in PortfolioGenerators.Portfolios()
             from exportedAt in PortfolioGenerators.Instants()
             select ExchangePackage.Export(portfolio, exportedAt)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Packages)], MaxTest = 150)]
    public void Write_read_write_of_an_exchange_package_is_byte_identical(ExchangePackage package)
    {
        var first = ExchangePackageFile.ToUtf8Bytes(package);
        var read = ExchangePackageFile.Read(first, SubmissionReaderOptions.Default);
        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        Assert.Equal(package.Student, read.Package!.Student);
        Assert.Equal(package.Outcomes, read.Package.Outcomes);
        Assert.Equal(package.OmittedOutcomes, read.Package.OmittedOutcomes);
        var second = ExchangePackageFile.ToUtf8Bytes(read.Package);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Property(Arbitrary = [typeof(Packages)], MaxTest = 100)]
    public void Every_written_exchange_package_validates_against_its_schema(ExchangePackage package)
    {
        using var json = JsonDocument.Parse(ExchangePackageFile.ToUtf8Bytes(package));
        var errors = Validator.Validate(json.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
