using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace StudentPortfolio.Calendar;

/// <summary>
/// An academic year (學年度), identified by its ROC (民國) year: academic year 114 runs from 1 August 2025 to
/// 31 July 2026 (ROC year + 1911 = the Gregorian year in which it starts).
/// </summary>
/// <remarks>
/// Valid ROC years are 1 to 999 (the course code holds three digits). The default value is ROC year 0 and is not a
/// valid academic year; <see cref="IsDefault"/> detects it. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(AcademicYearJsonConverter))]
public readonly record struct AcademicYear : IComparable<AcademicYear>, IComparable, Internal.IValueText<AcademicYear>
{
    /// <summary>The smallest ROC year accepted.</summary>
    public const int MinRocYear = 1;

    /// <summary>The largest ROC year accepted.</summary>
    public const int MaxRocYear = 999;

    /// <summary>The difference between a Gregorian year and the ROC year.</summary>
    public const int RocOffset = 1911;

    private readonly short _rocYear;

    private AcademicYear(int rocYear) => _rocYear = (short)rocYear;

    /// <summary>Gets the ROC year (e.g. 114).</summary>
    public int RocYear => _rocYear;

    /// <summary>Gets the Gregorian year in which this academic year starts (e.g. 2025 for 114).</summary>
    public int StartGregorianYear => _rocYear + RocOffset;

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => _rocYear == 0;

    /// <summary>Gets the first day, 1 August.</summary>
    public LocalDate Start => new(StartGregorianYear, 8, 1);

    /// <summary>Gets the last day, 31 July of the following Gregorian year.</summary>
    public LocalDate End => new(StartGregorianYear + 1, 7, 31);

    /// <summary>Gets the first semester.</summary>
    public Term FirstSemester => new(this, Semester.First);

    /// <summary>Gets the second semester.</summary>
    public Term SecondSemester => new(this, Semester.Second);

    /// <summary>Gets the next academic year.</summary>
    /// <exception cref="InvalidOperationException">This is 999, the last year a course code can hold, or the default value.</exception>
    public AcademicYear Next => _rocYear is >= MinRocYear and < MaxRocYear
        ? new AcademicYear(_rocYear + 1)
        : throw new InvalidOperationException(IsDefault ? "The default AcademicYear has no next year." : "There is no academic year after 999, the last ROC year a course code can hold.");

    /// <summary>Gets the previous academic year.</summary>
    /// <exception cref="InvalidOperationException">This is year 1, the first supported year, or the default value.</exception>
    public AcademicYear Previous => _rocYear > MinRocYear
        ? new AcademicYear(_rocYear - 1)
        : throw new InvalidOperationException(IsDefault ? "The default AcademicYear has no previous year." : "There is no academic year before 1.");

    /// <summary>Creates an academic year from its ROC year.</summary>
    /// <param name="rocYear">The ROC year, 1 to 999.</param>
    /// <returns>The academic year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rocYear"/> is outside 1–999.</exception>
    public static AcademicYear FromRocYear(int rocYear)
    {
        if (rocYear is < MinRocYear or > MaxRocYear)
        {
            throw new ArgumentOutOfRangeException(nameof(rocYear), rocYear, "Value should be in range [1-999].");
        }

        return new AcademicYear(rocYear);
    }

    /// <summary>Creates the academic year that starts on 1 August of <paramref name="gregorianYear"/>.</summary>
    /// <param name="gregorianYear">The Gregorian start year, 1912 to 2910.</param>
    /// <returns>The academic year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The resulting ROC year is outside 1–999.</exception>
    public static AcademicYear FromGregorianStartYear(int gregorianYear) => FromRocYear(gregorianYear - RocOffset);

    /// <summary>Returns the academic year that contains <paramref name="date"/> (a year changes on 1 August).</summary>
    /// <param name="date">A date in the ISO calendar.</param>
    /// <returns>The academic year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public static AcademicYear Containing(LocalDate date)
    {
        var startYear = date.Month >= 8 ? date.Year : date.Year - 1;
        return FromGregorianStartYear(startYear);
    }

    /// <summary>Returns whether <paramref name="date"/> falls inside this academic year.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Parses the ROC year, e.g. <c>114</c>.</summary>
    /// <param name="s">One to three digits.</param>
    /// <returns>The academic year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a ROC year from 1 to 999.</exception>
    public static AcademicYear Parse(string s) => Internal.ValueText.Parse<AcademicYear>(s);

    /// <summary>Parses the ROC year without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The academic year, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out AcademicYear result) => Internal.ValueText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out AcademicYear)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out AcademicYear result) => TryParseCore(s, out result);

    /// <summary>Parses the ROC year from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text: one to three ASCII digits, no white space.</param>
    /// <param name="result">The academic year, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out AcademicYear result) => TryParseCore(utf8, out result);

    /// <summary>The grammar: one to three ASCII digits, value 1 to 999 (leading zeros allowed, as in a course code).</summary>
    internal static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out AcademicYear result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = default;
        if (s.Length > 3 || !Internal.Text.TryDigits(s, out var value) || value < MinRocYear)
        {
            return false;
        }

        result = new AcademicYear(value);
        return true;
    }

    /// <summary>Returns the ROC year, e.g. <c>114</c>.</summary>
    /// <returns>The ROC year as text.</returns>
    public override string ToString() => RocYear.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public int CompareTo(AcademicYear other) => _rocYear.CompareTo(other._rocYear);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Internal.Comparables.CompareTo(this, obj);

    /// <inheritdoc/>
    static string Internal.IValueText<AcademicYear>.DescribeInvalid(ReadOnlySpan<char> s) => $"The academic year '{Internal.ErrorText.Excerpt(s.ToString(), 40)}' must be a ROC year from 1 to 999, e.g. 114.";

    /// <summary>Earlier-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(AcademicYear left, AcademicYear right) => left._rocYear < right._rocYear;

    /// <summary>Earlier-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is not later.</returns>
    public static bool operator <=(AcademicYear left, AcademicYear right) => left._rocYear <= right._rocYear;

    /// <summary>Later-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(AcademicYear left, AcademicYear right) => left._rocYear > right._rocYear;

    /// <summary>Later-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(AcademicYear left, AcademicYear right) => left._rocYear >= right._rocYear;
}
