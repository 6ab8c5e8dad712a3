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

    [Property]
    public Property Any_letter_case_of_a_valid_id_parses_to_the_same_id_from_text_and_from_utf8() =>
        Prop.ForAll(
            ValueGenerators.NationalIdText.ToArbitrary(),
            Gen.ArrayOf(Gen.Elements(true, false), 10).ToArbitrary(),
            (text, lower) =>
            {
                var mixed = string.Concat(text.Select((c, i) => lower[i] ? char.ToLowerInvariant(c) : c));
                return NationalId.TryParse(mixed, out var fromText)
                    && NationalId.TryParse(System.Text.Encoding.UTF8.GetBytes(mixed), out var fromUtf8)
                    && fromText == fromUtf8
                    && fromText.ToUnmaskedString() == text;
            });

    [Property]
    public Property Text_and_utf8_parsers_agree_on_every_string() =>
        Prop.ForAll(
            Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
                ValueGenerators.NationalIdText.SelectMany(id => Gen.Elements(" ", "\t", "\u3000", "\u00a0", "x", "").Select(pad => pad + id.ToLowerInvariant() + pad)),
                ValueGenerators.NationalIdText.SelectMany(id => Gen.Choose(0, 9).Select(i => id.Remove(i, 1).Insert(i, "aZ1 \u00e9"[i % 5].ToString())))).ToArbitrary(),
            text =>
            {
                var fromText = NationalId.TryParse(text, out var a);
                var fromUtf8 = NationalId.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var b);
                return fromText == fromUtf8 && a == b;
            });
}
