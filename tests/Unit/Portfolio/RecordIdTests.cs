using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Portfolio;

public class RecordIdTests
{
    [Theory]
    [InlineData("OUT-2025-0001")]
    [InlineData("a.b_c:d-e")]
    [InlineData("1")]
    public void Allowed_characters_round_trip(string text)
    {
        Assert.Equal(text, RecordId.Parse(text).ToString());
    }

    [Fact]
    public void Sixty_four_characters_is_the_limit()
    {
        Assert.True(RecordId.TryParse(new string('x', 64), out _));
        Assert.False(RecordId.TryParse(new string('x', 65), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("成果1")]
    [InlineData("a/b")]
    public void Other_text_is_rejected(string text)
    {
        Assert.False(RecordId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => RecordId.Parse(text));
    }
}
