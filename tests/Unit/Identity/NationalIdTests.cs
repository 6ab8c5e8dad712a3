using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Identity;

public class NationalIdTests
{
    [Theory]
    [InlineData("A123456789", NationalIdKind.Citizen)]
    [InlineData("AB12345677", NationalIdKind.OldResidentCertificate)]
    [InlineData("A823456783", NationalIdKind.NewResidentCertificate)]
    [InlineData("A800000014", NationalIdKind.NewResidentCertificate)]
    [InlineData("AA00000009", NationalIdKind.OldResidentCertificate)]
    [InlineData("B234567894", NationalIdKind.Citizen)]
    public void Valid_vectors_parse_with_their_kind(string text, NationalIdKind kind)
    {
        var id = NationalId.Parse(text);

        Assert.Equal(kind, id.Kind);
        Assert.Equal(text, id.ToUnmaskedString());
        Assert.True(NationalId.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var fromUtf8));
        Assert.Equal(id, fromUtf8);
    }

    [Theory]
    [InlineData("AB12345678")] // bad check digit (old resident)
    [InlineData("A823456780")] // bad check digit (new resident)
    [InlineData("A123456788")] // bad check digit (citizen)
    [InlineData("A323456789")] // 3 is not a valid second character
    [InlineData("AE12345677")] // E is not an old-resident second letter
    [InlineData("A12345678")]  // too short
    [InlineData("A1234567890")] // too long
    [InlineData("A12345678X")] // non-digit
    [InlineData("")]
    public void Invalid_vectors_are_rejected(string text)
    {
        Assert.False(NationalId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
        Assert.Throws<FormatException>(() => NationalId.Parse(text));
    }

    [Fact]
    public void ToString_masks_the_middle_four_characters()
    {
        Assert.Equal("A12****789", NationalId.Parse("A123456789").ToString());
        Assert.Equal("AB1****677", NationalId.Parse("AB12345677").ToString());
    }

    [Theory]
    [InlineData("A123456788")]
    [InlineData("A12345678")]
    [InlineData("A32345678X")]
    public void Parse_errors_never_show_the_unmasked_input(string text)
    {
        var ex = Assert.Throws<FormatException>(() => NationalId.Parse(text));

        Assert.DoesNotContain(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains("***", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checksum_failure_is_named_in_the_message()
    {
        var ex = Assert.Throws<FormatException>(() => NationalId.Parse("A123456788"));

        Assert.Contains("check digit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_and_trailing_white_space_is_ignored()
    {
        Assert.Equal(NationalId.Parse("A123456789"), NationalId.Parse("  A123456789 "));
    }

    [Fact]
    public void Utf8_parse_agrees_with_text_parse()
    {
        Assert.True(NationalId.TryParse("A123456789"u8, out var id));
        Assert.Equal(NationalId.Parse("A123456789"), id);
        Assert.False(NationalId.TryParse("A123456788"u8, out _));
    }

    [Fact]
    public void WriteUnmaskedUtf8_writes_the_ten_ascii_bytes()
    {
        Span<byte> buffer = stackalloc byte[10];
        NationalId.Parse("AB12345677").WriteUnmaskedUtf8(buffer);

        Assert.True(buffer.SequenceEqual("AB12345677"u8));
    }

    [Fact]
    public void Default_value_is_detectable_and_unusable()
    {
        var id = default(NationalId);

        Assert.True(id.IsDefault);
        Assert.Equal("(none)", id.ToString());
        Assert.Throws<InvalidOperationException>(() => id.ToUnmaskedString());
        Assert.Throws<InvalidOperationException>(() => id.Kind);
    }

    [Fact]
    public void Equality_and_ordering_follow_the_unmasked_text()
    {
        var a = NationalId.Parse("A123456789");
        var b = NationalId.Parse("B234567894");

        Assert.True(a == NationalId.Parse("A123456789"));
        Assert.True(a != b);
        Assert.True(a < b);
        Assert.True(b >= a);
        Assert.Equal(a.GetHashCode(), NationalId.Parse("A123456789").GetHashCode());
    }

    [Fact]
    public void Mask_hides_arbitrary_text()
    {
        Assert.Equal("A12****789", NationalId.Mask("A123456789"));
        Assert.Equal("****", NationalId.Mask("A123"));
        Assert.Equal(string.Empty, NationalId.Mask("  "));
    }

    [Theory]
    [InlineData("a123456789", "A123456789")]
    [InlineData("a1234567 89", null)]
    [InlineData("fc12345678", null)]
    [InlineData(" a123456789\t", "A123456789")]
    [InlineData("\u3000a123456789\u3000", "A123456789")]
    [InlineData("\u001fA123456789\u001c", null)]
    [InlineData("\u0085a123456789", "A123456789")]
    public void Lower_case_ids_are_accepted_and_normalised_by_the_text_and_utf8_parsers_alike(string text, string? expected)
    {
        var fromText = NationalId.TryParse(text, out var a);
        var fromUtf8 = NationalId.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var b);

        Assert.Equal(expected is not null, fromText);
        Assert.Equal(fromText, fromUtf8);
        Assert.Equal(a, b);
        if (expected is not null)
        {
            Assert.Equal(expected, a.ToUnmaskedString());
        }
    }

    [Fact]
    public void A_lower_case_second_letter_of_an_old_resident_certificate_is_normalised()
    {
        var upper = ValidOldResidentId();

        var id = NationalId.Parse(upper.ToLowerInvariant());

        Assert.Equal(upper, id.ToUnmaskedString());
        Assert.Equal(NationalIdKind.OldResidentCertificate, id.Kind);
    }

    private static string ValidOldResidentId()
    {
        for (var n = 0; n < 10; n++)
        {
            var candidate = $"AB1234567{n}";
            if (NationalId.TryParse(candidate, out _))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no check digit fits");
    }
}
