namespace StudentPortfolio.UnitTests.Conventions;

/// <summary>Every typed input error of the library is a <see cref="FormatException"/>, so callers can catch them alike.</summary>
public class FormatExceptionTests
{
    [Fact]
    public void Every_public_format_exception_derives_from_FormatException()
    {
        var types = typeof(StudentPortfolio.Identity.NationalId).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("FormatException", StringComparison.Ordinal))
            .ToList();
        // One exception per kind of input: submission documents and exchange packages (one reader family), policy
        // files, receipts.
        Assert.Equal(["PolicyFormatException", "ReceiptFormatException", "SubmissionFormatException"], types.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(types, t => Assert.True(typeof(FormatException).IsAssignableFrom(t), t.FullName));
    }
}
