using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Identity;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Identity;

[Properties(Arbitrary = new[] { typeof(ValueGenerators) }, MaxTest = 500)]
public class NationalIdProperties
{
    [Property]
    public Property Every_id_built_with_the_published_checksum_is_accepted() =>
        Prop.ForAll(ValueGenerators.NationalIdText.ToArbitrary(), text => NationalId.TryParse(text, out var id) && id.ToUnmaskedString() == text);

    [Property]
    public bool Parse_of_the_unmasked_text_round_trips(NationalId id) => NationalId.Parse(id.ToUnmaskedString()) == id;

    [Property]
    public bool Utf8_and_text_parsing_agree(NationalId id) =>
        NationalId.TryParse(System.Text.Encoding.ASCII.GetBytes(id.ToUnmaskedString()), out var fromUtf8) && fromUtf8 == id;

    [Property]
    public bool ToString_never_reveals_the_number(NationalId id)
    {
        var unmasked = id.ToUnmaskedString();
        var masked = id.ToString();
        return masked != unmasked && masked[..3] == unmasked[..3] && masked[^3..] == unmasked[^3..] && masked[3..7] == "****";
    }

    [Property]
    public Property Changing_the_check_digit_is_always_detected() =>
        Prop.ForAll(
            ValueGenerators.NationalIdText.ToArbitrary(),
            Gen.Choose(1, 9).ToArbitrary(),
            (text, delta) =>
            {
                var wrong = text[..9] + (char)('0' + ((text[9] - '0' + delta) % 10));
                return !NationalId.TryParse(wrong, out _);
            });

    [Property]
    public bool Equality_is_consistent_with_hash_code(NationalId a, NationalId b) =>
        (a == b) == a.Equals(b) && (a != b || a.GetHashCode() == b.GetHashCode()) && (a == b) == (a.CompareTo(b) == 0);
}
