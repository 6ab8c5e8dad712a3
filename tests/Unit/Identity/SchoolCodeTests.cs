using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Identity;

public class SchoolCodeTests
{
    [Theory]
    [InlineData("041305")]
    [InlineData("801M01")]
    [InlineData("000B00")]
    public void Six_digits_or_capitals_parse_and_round_trip(string text)
    {
        var code = SchoolCode.Parse(text);

        Assert.Equal(text, code.ToString());
        Assert.True(SchoolCode.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var fromUtf8));
        Assert.Equal(code, fromUtf8);
    }

    [Theory]
    [InlineData("04130")]
    [InlineData("0413055")]
    [InlineData("801m01")]
    [InlineData("80-M01")]
    [InlineData("")]
    public void Anything_else_is_rejected(string text)
    {
        Assert.False(SchoolCode.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => SchoolCode.Parse(text));
        Assert.Contains("school code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_is_detectable()
    {
        Assert.True(default(SchoolCode).IsDefault);
        Assert.NotEqual(default, SchoolCode.Parse("041305"));
    }
}
