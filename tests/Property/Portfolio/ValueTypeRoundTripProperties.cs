using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Portfolio;

[Properties(Arbitrary = new[] { typeof(ValueGenerators) }, MaxTest = 300)]
public class ValueTypeRoundTripProperties
{
    [Property]
    public Property School_codes_round_trip() =>
        Prop.ForAll(ValueGenerators.SchoolCodeText.ToArbitrary(), s => SchoolCode.Parse(s).ToString() == s && SchoolCode.Parse(SchoolCode.Parse(s).ToString()) == SchoolCode.Parse(s));

    [Property]
    public Property Course_codes_round_trip_and_expose_their_year_and_school() =>
        Prop.ForAll(ValueGenerators.CourseCodeText.ToArbitrary(), s =>
        {
            var code = CourseCode.Parse(s);
            return CourseCode.Parse(code.ToString()) == code
                && code.EntryYear.RocYear == int.Parse(s[..3], System.Globalization.CultureInfo.InvariantCulture)
                && code.School.ToString() == s.Substring(3, 6);
        });

    [Property]
    public Property Record_ids_round_trip() =>
        Prop.ForAll(ValueGenerators.RecordIdText.ToArbitrary(), s => RecordId.Parse(s).ToString() == s);

    [Property]
    public bool Media_files_round_trip_through_their_text_form(MediaFile file) => MediaFile.Parse(file.ToString()) == file;

    [Property]
    public bool Content_hashes_round_trip(MediaFile file) => ContentHash.Parse(file.Hash.ToString()) == file.Hash;
}
