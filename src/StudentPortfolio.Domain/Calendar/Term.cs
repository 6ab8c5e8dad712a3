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
public readonly struct Term : IEquatable<Term>, IComparable<Term>, IComparable, ISpanParsable<Term>
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
    public Term Next => Semester == Semester.First ? new Term(Year, Semester.Second) : new Term(Year.Next, Semester.First);

    /// <summary>Gets the preceding term.</summary>
    public Term Previous => Semester == Semester.Second ? new Term(Year, Semester.First) : new Term(Year.Previous, Semester.Second);

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
    public static Term Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static Term Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var t) ? t : throw new FormatException($"The term '{Internal.ErrorText.Excerpt(s.ToString(), 40)}' must be written as ROC year, '-', semester 1 or 2, e.g. 114-1.");

    /// <summary>Parses a term without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The term, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Term result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <inheritdoc cref="TryParse(string?, out Term)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out Term result)
    {
        result = default;
        var dash = s.IndexOf('-');
        if (dash < 1 || dash != s.Length - 2 || !AcademicYear.TryParse(s[..dash], out var year))
        {
            return false;
        }

        var semester = s[^1] switch
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

    /// <inheritdoc/>
    static Term IParsable<Term>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<Term>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Term result) => TryParse(s, out result);

    /// <inheritdoc/>
    static Term ISpanParsable<Term>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<Term>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Term result) => TryParse(s, out result);

    /// <summary>Returns the term as <c>YYY-S</c>, e.g. <c>114-1</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => IsDefault ? "(none)" : $"{Year}-{(int)Semester}";

    /// <inheritdoc/>
    public bool Equals(Term other) => Year == other.Year && Semester == other.Semester;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Term other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Year.RocYear * 4) + (int)Semester;

    /// <inheritdoc/>
    public int CompareTo(Term other)
    {
        var c = Year.CompareTo(other.Year);
        return c != 0 ? c : ((int)Semester).CompareTo((int)other.Semester);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Term other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Term.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are the same term.</returns>
    public static bool operator ==(Term left, Term right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the terms differ.</returns>
    public static bool operator !=(Term left, Term right) => !left.Equals(right);

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
