using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Export;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>The bulk path's byte-level text checks agree with the string checks of the object path.</summary>
public class BulkTextProperties
{
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Elements(" ", "\t", "\n", "\u3000", "\u00a0", "\u2028", "a", "字", "𠀀", "\u200b", "\ufeff").ArrayOf().Select(string.Concat),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    [Property(MaxTest = 500)]
    public Property Blank_on_utf8_bytes_is_blank_as_a_string() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
            (StudentParser.IsBlank(Encoding.UTF8.GetBytes(text)) == string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text))))
                .Label($"'{text}'"));
}
