using System.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.UnitTests.Internal;

public class ValueTextTests
{
    private const string Hash = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    [Fact]
    public void Every_value_type_parses_utf8_through_the_generic_interface_as_it_parses_text()
    {
        AssertAgrees(Term.Parse("114-1"), "114-1");
        AssertAgrees(AcademicYear.Parse("114"), "114");
        AssertAgrees(NationalId.Parse("A123456789"), "a123456789");
        AssertAgrees(SchoolCode.Parse("041305"), "041305");
        AssertAgrees(RecordId.Parse("OUT-2025-0001"), "OUT-2025-0001");
        AssertAgrees(CourseCode.Parse("109041305H11101B1010101"), "109041305H11101B1010101");
        AssertAgrees(ContentHash.Parse(Hash.ToLowerInvariant()), Hash);
        AssertAgrees(MediaType.Pdf, "Application/PDF");
    }

    [Fact]
    public void Invalid_utf8_text_is_a_format_error_through_the_generic_interface()
    {
        Assert.Throws<FormatException>(() => ParseUtf8<Term>("114-3"));
        Assert.Throws<FormatException>(() => ParseUtf8<SchoolCode>("04130"));
        Assert.Throws<FormatException>(() => ParseUtf8<CourseCode>("000041305H11101B1010101"));
        var error = Assert.Throws<FormatException>(() => ParseUtf8<NationalId>("A123456788"));
        Assert.DoesNotContain("A123456788", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparing_with_another_type_is_an_argument_error_and_null_sorts_first()
    {
        IComparable term = Term.Parse("114-1");

        Assert.Throws<ArgumentException>(() => term.CompareTo("114-1"));
        Assert.Equal(1, term.CompareTo(null));
    }

    private static T ParseUtf8<T>(string text)
        where T : IUtf8SpanParsable<T> => T.Parse(Encoding.UTF8.GetBytes(text), null);

    private static void AssertAgrees<T>(T expected, string text)
        where T : IUtf8SpanParsable<T>, ISpanParsable<T>
    {
        Assert.Equal(expected, ParseUtf8<T>(text));
        Assert.Equal(expected, T.Parse(text, null));
        Assert.True(T.TryParse(Encoding.UTF8.GetBytes(text), null, out var fromUtf8));
        Assert.Equal(expected, fromUtf8);
    }
}
