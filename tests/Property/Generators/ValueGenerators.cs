using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.PropertyTests.Generators;

/// <summary>Generators of valid value types, built from the documented formats (not from the parsers under test).</summary>
public static class ValueGenerators
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string UpperAlphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] LetterValues = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33];

    /// <summary>Valid identity numbers of all three kinds, with the check digit computed by the published formula.</summary>
    public static Gen<string> NationalIdText { get; } =
        from letter in Gen.Elements(Letters.ToCharArray())
        from second in Gen.Elements('1', '2', '8', '9', 'A', 'B', 'C', 'D')
        from body in Gen.ArrayOf(Gen.Choose(0, 9), 7)
        select Complete(letter, second, body);

    public static Gen<NationalId> NationalId { get; } = NationalIdText.Select(StudentPortfolio.Identity.NationalId.Parse);

    public static Gen<string> SchoolCodeText { get; } = Gen.ArrayOf(Gen.Elements(UpperAlphanumeric.ToCharArray()), 6).Select(c => new string(c));

    public static Gen<AcademicYear> AcademicYear { get; } = Gen.Choose(1, 999).Select(StudentPortfolio.Calendar.AcademicYear.FromRocYear);

    public static Gen<Term> Term { get; } =
        from year in AcademicYear
        from semester in Gen.Elements(Semester.First, Semester.Second)
        select new Term(year, semester);

    /// <summary>Dates between ROC years 1 and 998 (1912-08-01 to 2910-07-31).</summary>
    public static Gen<LocalDate> LocalDate { get; } = Gen.Choose(0, 365 * 990).Select(d => new LocalDate(1912, 8, 1).PlusDays(d));

    public static Gen<string> CourseCodeText { get; } =
        from year in Gen.Choose(1, 999)
        from rest in Gen.ArrayOf(Gen.Elements(UpperAlphanumeric.ToCharArray()), 20)
        select year.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + new string(rest);

    public static Gen<string> RecordIdText { get; } =
        from length in Gen.Choose(1, 64)
        from chars in Gen.ArrayOf(Gen.Elements("ABCxyz0189._:-".ToCharArray()), length)
        select new string(chars);

    public static Gen<MediaFile> MediaFile { get; } =
        from name in Gen.Elements("報告.pdf", "a;b.png", "影片 1.mp4", "x.jpg", "錄音.mp3")
        from type in Gen.Elements(MediaType.Pdf, MediaType.Png, MediaType.Mp4, MediaType.Jpeg, MediaType.Mp3)
        from size in Gen.Choose(0, int.MaxValue).Select(i => (long)i)
        from seed in Gen.Choose(0, 1_000_000)
        select new MediaFile(name, type, size, ContentHash.Compute(BitConverter.GetBytes(seed)));

    public static Arbitrary<NationalId> NationalIdArbitrary() => NationalId.ToArbitrary();

    public static Arbitrary<Term> TermArbitrary() => Term.ToArbitrary();

    public static Arbitrary<LocalDate> LocalDateArbitrary() => LocalDate.ToArbitrary();

    public static Arbitrary<MediaFile> MediaFileArbitrary() => MediaFile.ToArbitrary();

    /// <summary>Computes the check digit with the published weights (letter value ab: a×1 + b×9; then 8,7,…,1; old resident second letter = its value mod 10).</summary>
    public static string Complete(char letter, char second, int[] sevenDigits)
    {
        var letterValue = LetterValues[letter - 'A'];
        var secondValue = second is >= 'A' and <= 'D' ? LetterValues[second - 'A'] % 10 : second - '0';
        var sum = (letterValue / 10) + (letterValue % 10 * 9) + (secondValue * 8);
        int[] weights = [7, 6, 5, 4, 3, 2, 1];
        for (var i = 0; i < 7; i++)
        {
            sum += sevenDigits[i] * weights[i];
        }

        var check = (10 - (sum % 10)) % 10;
        return $"{letter}{second}{string.Concat(sevenDigits)}{check}";
    }
}
