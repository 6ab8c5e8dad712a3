using System.Text;
using StudentPortfolio.Validation;

namespace StudentPortfolio.UnitTests.Validation;

public class ContentChecksTests
{
    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("學習歷程")]
    [InlineData("𠮷野家 ok")]
    [InlineData("😀😀")]
    public void Utf8_character_count_matches_the_string_count(string text)
    {
        Assert.Equal(StudentPortfolio.Internal.Text.CountCharacters(text), ContentChecks.CountCharacters(Encoding.UTF8.GetBytes(text)));
    }
}
