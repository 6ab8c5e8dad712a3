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
public readonly struct AcademicYear : IEquatable<AcademicYear>, IComparable<AcademicYear>, IComparable, ISpanParsable<AcademicYear>
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
    /// <exception cref="OverflowException">This is the last supported year.</exception>
    public AcademicYear Next => _rocYear < MaxRocYear ? new AcademicYear(_rocYear + 1) : throw new OverflowException("No academic year after 999.");

    /// <summary>Gets the previous academic year.</summary>
    /// <exception cref="OverflowException">This is the first supported year.</exception>
    public AcademicYear Previous => _rocYear > MinRocYear ? new AcademicYear(_rocYear - 1) : throw new OverflowException("No academic year before 1.");

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
    public static AcademicYear Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static AcademicYear Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var y) ? y : throw new FormatException($"The academic year '{Internal.ErrorText.Excerpt(s.ToString(), 40)}' must be a ROC year from 1 to 999, e.g. 114.");

    /// <summary>Parses the ROC year without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The academic year, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out AcademicYear result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <inheritdoc cref="TryParse(string?, out AcademicYear)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out AcademicYear result)
    {
        result = default;
        if (s.Length is < 1 or > 3)
        {
            return false;
        }

        var value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (value < MinRocYear)
        {
            return false;
        }

        result = new AcademicYear(value);
        return true;
    }

    /// <inheritdoc/>
    static AcademicYear IParsable<AcademicYear>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<AcademicYear>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AcademicYear result) => TryParse(s, out result);

    /// <inheritdoc/>
    static AcademicYear ISpanParsable<AcademicYear>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<AcademicYear>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AcademicYear result) => TryParse(s, out result);

    /// <summary>Returns the ROC year, e.g. <c>114</c>.</summary>
    /// <returns>The ROC year as text.</returns>
    public override string ToString() => RocYear.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(AcademicYear other) => _rocYear == other._rocYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AcademicYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _rocYear;

    /// <inheritdoc/>
    public int CompareTo(AcademicYear other) => _rocYear.CompareTo(other._rocYear);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        AcademicYear other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an AcademicYear.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same year.</returns>
    public static bool operator ==(AcademicYear left, AcademicYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the years differ.</returns>
    public static bool operator !=(AcademicYear left, AcademicYear right) => !left.Equals(right);

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
