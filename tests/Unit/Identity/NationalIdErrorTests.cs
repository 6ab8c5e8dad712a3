using System.Text;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Identity;

/// <summary>Why an identity number is invalid, without reading exception text.</summary>
public class NationalIdErrorTests
{
    [Theory]
    [InlineData("A123456789", NationalIdError.None)]
    [InlineData("", NationalIdError.Empty)]
    [InlineData("A12345678", NationalIdError.Length)]
    [InlineData("1123456789", NationalIdError.FirstLetter)]
    [InlineData("A323456789", NationalIdError.SecondCharacter)]
    [InlineData("A12345678X", NationalIdError.Digits)]
    [InlineData("A123456788", NationalIdError.Checksum)]
    public void TryParse_says_why_an_identity_number_is_invalid(string text, NationalIdError expected)
    {
        Assert.Equal(expected == NationalIdError.None, NationalId.TryParse(text.AsSpan(), out _, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(expected == NationalIdError.None, NationalId.TryParse(Encoding.UTF8.GetBytes(text), out _, out var utf8Error));
        Assert.Equal(expected, utf8Error);
    }
}
