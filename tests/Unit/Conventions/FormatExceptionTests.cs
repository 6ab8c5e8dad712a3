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
        Assert.Equal(4, types.Count);
        Assert.All(types, t => Assert.True(typeof(FormatException).IsAssignableFrom(t), t.FullName));
    }
}
