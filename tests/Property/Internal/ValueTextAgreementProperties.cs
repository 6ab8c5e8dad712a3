using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Internal;

/// <summary>
/// Each value type has one grammar: for every string (arbitrary Unicode, white space, near-valid mutations of valid
/// values), the string parser and the UTF-8 parser of the same text agree on success and on the parsed value.
/// </summary>
[Properties(MaxTest = 400)]
public class ValueTextAgreementProperties
{
    private delegate bool TextParser<T>(string? s, out T value);

    private delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8, out T value);

    // Pieces a mutation inserts or substitutes: white space of every kind, letter case, look-alikes, separators.
    private static readonly string[] Pieces =
    [
        " ", "\t", "\n", "\r", "\v", "\f", "\u001c", "\u001f", "\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", "\ufeff",
        "0", "1", "2", "9", "a", "z", "A", "Z", "-", "/", ".", "_", ":", "+", "é", "Ａ", "１", "－", "字", "𠀀", "\u0000", "\u007f", "\u0080", "\ud800",
    ];

    private static readonly Gen<string> Piece = Gen.Elements(Pieces);

    private static readonly Gen<string> ArbitraryText = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Piece.ArrayOf().Select(string.Concat));

    [Property]
    public Property Term_text_and_utf8_agree() =>
        Agree<Term>(ValueGenerators.Term.Select(t => t.ToString()), Term.TryParse, Term.TryParse);

    [Property]
    public Property Academic_year_text_and_utf8_agree() =>
        Agree<AcademicYear>(Gen.Choose(1, 999).Select(y => y.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), AcademicYear.TryParse, AcademicYear.TryParse);

    [Property]
    public Property National_id_text_and_utf8_agree() =>
        Agree<NationalId>(ValueGenerators.NationalIdText, NationalId.TryParse, NationalId.TryParse);

    [Property]
    public Property School_code_text_and_utf8_agree() =>
        Agree<SchoolCode>(ValueGenerators.SchoolCodeText, SchoolCode.TryParse, SchoolCode.TryParse);

    [Property]
    public Property Course_code_text_and_utf8_agree() =>
        Agree<CourseCode>(ValueGenerators.CourseCodeText, CourseCode.TryParse, CourseCode.TryParse);

    [Property]
    public Property Content_hash_text_and_utf8_agree() =>
        Agree<ContentHash>(
            Gen.ArrayOf(Gen.Elements("0123456789abcdefABCDEF".ToCharArray()), ContentHash.HexLength).Select(c => new string(c)),
            ContentHash.TryParse,
            ContentHash.TryParse);

    [Property]
    public Property Record_id_text_and_utf8_agree() =>
        Agree<RecordId>(ValueGenerators.RecordIdText, RecordId.TryParse, RecordId.TryParse);

    [Property]
    public Property Media_type_text_and_utf8_agree() =>
        Agree<MediaType>(Gen.Elements("application/pdf", "image/JPEG", "audio/mpeg", "video/mp4", "text/plain+x.y-z"), MediaType.TryParse, MediaType.TryParse);

    [Property]
    public Property Iso_date_text_and_utf8_agree() =>
        Agree<LocalDate>(
            ValueGenerators.LocalDate.Select(d => LocalDatePattern.Iso.Format(d)),
            static (string? s, out LocalDate d) => IsoDate.TryParse(s.AsSpan(), out d),
            IsoDate.TryParse);

    [Property]
    public Property Every_valid_value_parses_back_from_its_text_and_its_utf8() =>
        Prop.ForAll(ValueGenerators.Term.ToArbitrary(), ValueGenerators.LocalDate.ToArbitrary(), (term, date) =>
            Term.TryParse(Encoding.UTF8.GetBytes(term.ToString()), out var t) && t == term
            && IsoDate.TryParse(Encoding.UTF8.GetBytes(LocalDatePattern.Iso.Format(date)), out var d) && d == date);

    private static Property Agree<T>(Gen<string> valid, TextParser<T> text, Utf8Parser<T> utf8)
    {
        var inputs = Gen.OneOf(ArbitraryText, valid, valid.SelectMany(Mutate), valid.SelectMany(Mutate).SelectMany(Mutate));
        return Prop.ForAll(inputs.ToArbitrary(), s =>
        {
            var fromText = text(s, out var a);
            var fromUtf8 = utf8(Encoding.UTF8.GetBytes(s), out var b);
            return (fromText == fromUtf8 && EqualityComparer<T>.Default.Equals(a, b))
                .Label($"'{s}' text={fromText} {a} utf8={fromUtf8} {b}");
        });
    }

    private static Gen<string> Mutate(string s) =>
        Gen.OneOf(
            Gen.Choose(0, s.Length).SelectMany(i => Piece.Select(p => s.Insert(i, p))),
            s.Length == 0 ? Gen.Constant(s) : Gen.Choose(0, s.Length - 1).Select(i => s.Remove(i, 1)),
            s.Length == 0 ? Gen.Constant(s) : Gen.Choose(0, s.Length - 1).SelectMany(i => Piece.Select(p => s.Remove(i, 1).Insert(i, p))),
            Gen.Constant(s.ToLowerInvariant()),
            Gen.Constant(s.ToUpperInvariant()),
            Piece.Select(p => p + s + p));
}
