using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace StudentPortfolio.Calendar;

/// <summary>
/// A term: one semester (學期) of one academic year (學年度), written <c>114-1</c>. Semester 1 runs 1 August –
/// 31 January, semester 2 runs 1 February – 31 July, both in Asia/Taipei.
/// </summary>
/// <remarks>The default value is not a valid term; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(TermJsonConverter))]
public readonly record struct Term : IComparable<Term>, IComparable, Internal.IValueText<Term>
{
    /// <summary>Creates a term.</summary>
    /// <param name="year">The academic year.</param>
    /// <param name="semester">The semester.</param>
    /// <exception cref="ArgumentException"><paramref name="year"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="semester"/> is not 1 or 2.</exception>
    public Term(AcademicYear year, Semester semester)
    {
        if (year.IsDefault)
        {
            throw new ArgumentException("The academic year must not be the default value.", nameof(year));
        }

        if (semester is not (Semester.First or Semester.Second))
        {
            throw new ArgumentOutOfRangeException(nameof(semester), semester, "Value should be in range [1-2].");
        }

        Year = year;
        Semester = semester;
    }

    /// <summary>Creates a term from the numbers a school database stores: ROC academic year and semester (<c>114, 1</c> is <c>114-1</c>).</summary>
    /// <param name="rocYear">The ROC academic year (學年度), 1 to 999.</param>
    /// <param name="semester">The semester (學期), 1 or 2.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rocYear"/> is outside 1–999 or <paramref name="semester"/> is not 1 or 2.</exception>
    public static Term FromRocYear(int rocYear, int semester) => new(AcademicYear.FromRocYear(rocYear), (Semester)semester);

    /// <summary>Gets the academic year.</summary>
    public AcademicYear Year { get; }

    /// <summary>Gets the semester.</summary>
    public Semester Semester { get; }

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => Year.IsDefault;

    /// <summary>Gets the first day of the term (1 August or 1 February).</summary>
    public LocalDate Start => Semester == Semester.First ? Year.Start : new LocalDate(Year.StartGregorianYear + 1, 2, 1);

    /// <summary>Gets the last day of the term (31 January or 31 July).</summary>
    public LocalDate End => Semester == Semester.First ? new LocalDate(Year.StartGregorianYear + 1, 1, 31) : Year.End;

    /// <summary>Gets the term's dates as an inclusive interval.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>Gets the instant the term starts: midnight at the start of <see cref="Start"/> in Asia/Taipei.</summary>
    public Instant StartInstant => TaipeiTime.StartOfDay(Start);

    /// <summary>Gets the instant the term ends (exclusive): midnight after <see cref="End"/> in Asia/Taipei.</summary>
    public Instant EndInstant => TaipeiTime.StartOfDay(End.PlusDays(1));

    /// <summary>Gets the following term.</summary>
    /// <exception cref="InvalidOperationException">This is 999-2, the last term a course code can hold, or the default value.</exception>
    public Term Next => IsDefault || Semester == Semester.First || Year.RocYear < AcademicYear.MaxRocYear
        ? (Semester == Semester.First ? new Term(Year, Semester.Second) : new Term(Year.Next, Semester.First))
        : throw new InvalidOperationException("There is no term after 999-2, the last term a course code can hold.");

    /// <summary>Gets the preceding term.</summary>
    /// <exception cref="InvalidOperationException">This is 1-1, the first supported term, or the default value.</exception>
    public Term Previous => IsDefault || Semester == Semester.Second || Year.RocYear > AcademicYear.MinRocYear
        ? (Semester == Semester.Second ? new Term(Year, Semester.First) : new Term(Year.Previous, Semester.Second))
        : throw new InvalidOperationException("There is no term before 1-1.");

    /// <summary>Returns the term that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public static Term Containing(LocalDate date) =>
        new(AcademicYear.Containing(date), date.Month is >= 2 and <= 7 ? Semester.Second : Semester.First);

    /// <summary>Returns the term that contains <paramref name="instant"/> in Asia/Taipei.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The term.</returns>
    public static Term Containing(Instant instant) => Containing(TaipeiTime.DateOf(instant));

    /// <summary>Returns whether <paramref name="date"/> falls in this term.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Parses a term written <c>YYY-S</c>, e.g. <c>114-1</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a term.</exception>
    public static Term Parse(string s) => Internal.ValueText.Parse<Term>(s);

    /// <summary>Parses a term without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The term, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Term result) => Internal.ValueText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out Term)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out Term result) => TryParseCore(s, out result);

    /// <summary>Parses a term from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text, e.g. <c>114-1</c>; no white space.</param>
    /// <param name="result">The term, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out Term result) => TryParseCore(utf8, out result);

    /// <summary>Parses the form <see cref="ToString"/> writes (no leading zero in the year), as the submission format requires.</summary>
    internal static bool TryParseCanonical(ReadOnlySpan<byte> utf8, out Term result) => TryParseCore(utf8, out result) && utf8[0] != (byte)'0';

    /// <summary>The grammar: an <see cref="AcademicYear"/> (one to three digits), <c>-</c>, then <c>1</c> or <c>2</c>.</summary>
    internal static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out Term result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = default;
        var n = s.Length;
        if (n < 3 || Internal.Text.Ascii(s[n - 2]) != '-' || !AcademicYear.TryParseCore(s[..(n - 2)], out var year))
        {
            return false;
        }

        var semester = Internal.Text.Ascii(s[n - 1]) switch
        {
            '1' => Semester.First,
            '2' => Semester.Second,
            _ => (Semester)0,
        };
        if (semester == 0)
        {
            return false;
        }

        result = new Term(year, semester);
        return true;
    }

    /// <summary>Returns the term as <c>YYY-S</c>, e.g. <c>114-1</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsDefault ? "(none)" : $"{Year}-{(int)Semester}";

    /// <inheritdoc/>
    public int CompareTo(Term other)
    {
        var c = Year.CompareTo(other.Year);
        return c != 0 ? c : ((int)Semester).CompareTo((int)other.Semester);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Internal.Comparables.CompareTo(this, obj);

    /// <inheritdoc/>
    static string Internal.IValueText<Term>.DescribeInvalid(ReadOnlySpan<char> s) => $"The term '{Internal.ErrorText.Excerpt(s.ToString(), 40)}' must be written as ROC year, '-', semester 1 or 2, e.g. 114-1.";

    /// <summary>Earlier-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(Term left, Term right) => left.CompareTo(right) < 0;

    /// <summary>Earlier-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is not later.</returns>
    public static bool operator <=(Term left, Term right) => left.CompareTo(right) <= 0;

    /// <summary>Later-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(Term left, Term right) => left.CompareTo(right) > 0;

    /// <summary>Later-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(Term left, Term right) => left.CompareTo(right) >= 0;
}
