using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Portfolio;

public class CourseCodeTests
{
    [Fact]
    public void Segments_of_the_23_character_code_are_exposed()
    {
        var code = CourseCode.Parse("109041305H11101B1010101");

        Assert.Equal(109, code.EntryYear.RocYear);
        Assert.Equal("041305", code.School.ToString());
        Assert.Equal("109041305H11101B", code.GroupCode);
        Assert.Equal('1', code.Category);
        Assert.Equal('0', code.SubjectAttribute);
        Assert.Equal("01", code.DomainCode);
        Assert.Equal("109041305H11101B1010101", code.ToString());
    }

    [Theory]
    [InlineData("109041305H11101B101010")] // 22 characters
    [InlineData("109041305H11101B10101011")] // 24 characters
    [InlineData("10904130hH11101B1010101")] // lower case
    [InlineData("A09041305H11101B1010101")] // year not digits
    [InlineData("000041305H11101B1010101")] // year 0
    public void Malformed_codes_are_rejected_with_the_reason(string text)
    {
        Assert.False(CourseCode.TryParse(text, out _));
        Assert.False(CourseCode.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out _));
        var ex = Assert.Throws<FormatException>(() => CourseCode.Parse(text));
        Assert.Contains("course code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_code_has_no_segments()
    {
        Assert.Throws<InvalidOperationException>(() => default(CourseCode).School);
    }
}
