using StudentPortfolio.Internal;

namespace StudentPortfolio.UnitTests.Hardening;

public sealed class ErrorTextTests
{
    [Theory]
    [InlineData("A123456789", "A12****789")]
    [InlineData("a123456789", "a12****789")]
    [InlineData("'nu \"nationalId\":\"F131104093\"' is invalid", "'nu \"nationalId\":\"F13****093\"' is invalid")]
    [InlineData("1A12345678914-1", "1A12****78914-1")]
    [InlineData("AB23456780 and C123456789", "AB2****780 and C12****789")]
    [InlineData("114-1", "114-1")]
    [InlineData("A12345678", "A12345678")]
    public void Id_shaped_runs_are_masked(string text, string expected) => Assert.Equal(expected, ErrorText.Excerpt(text));

    [Fact]
    public void Long_text_is_cut_to_the_excerpt_length_after_masking()
    {
        var text = new string('x', 10) + "A123456789" + new string('y', 500);

        var excerpt = ErrorText.Excerpt(text, 15);

        Assert.Equal("xxxxxxxxxxA12**…", excerpt);
    }
}
