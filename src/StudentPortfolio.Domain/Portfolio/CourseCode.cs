using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A 108-curriculum course code (課程代碼): 23 characters, digits or upper-case letters, issued by the course
/// planning platform (課程計畫平臺), e.g. <c>109041305H11101B1010101</c>.
/// </summary>
/// <remarks>
/// <para>
/// Parsing checks the length, the character set and that positions 1–3 are a ROC entry year (入學學年度).
/// The segment accessors expose positions whose meaning is documented in the research notes; only
/// <see cref="EntryYear"/> and <see cref="School"/> are reliable, the others are informational and never validated.
/// </para>
/// <para>The default value is not a valid code; <see cref="IsDefault"/> detects it. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(CourseCodeJsonConverter))]
public readonly record struct CourseCode : IValueText<CourseCode>
{
    /// <summary>The number of characters in a course code.</summary>
    public const int Length = 23;

    private readonly string? _value;

    private CourseCode(string value) => _value = value;

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Gets the cohort entry year (入學學年度), positions 1–3.</summary>
    public AcademicYear EntryYear => ValueText.Parse<AcademicYear>(Value.AsSpan(0, 3));

    /// <summary>Gets the school code, positions 4–9.</summary>
    public SchoolCode School => ValueText.Parse<SchoolCode>(Value.AsSpan(3, 6));

    /// <summary>Gets the curriculum group code (群組代碼), positions 1–16.</summary>
    public string GroupCode => Value[..16];

    /// <summary>Gets the course category (課程類別), position 17: 1 部定必修, 2 校訂必修, 8 團體活動時間, 9 彈性學習時間, others school-set.</summary>
    public char Category => Value[16];

    /// <summary>Gets the subject attribute (科目屬性), position 18 (informational).</summary>
    public char SubjectAttribute => Value[17];

    /// <summary>Gets the domain code (領域名稱代碼), positions 20–21 (informational), e.g. <c>01</c> 語文.</summary>
    public string DomainCode => Value.Substring(19, 2);

    private string Value => _value ?? throw new InvalidOperationException("The default CourseCode has no segments.");

    /// <summary>Parses a course code.</summary>
    /// <param name="s">23 characters, digits or upper-case letters, starting with a three-digit ROC year; no white space.</param>
    /// <returns>The course code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a course code.</exception>
    public static CourseCode Parse(string s) => ValueText.Parse<CourseCode>(s);

    /// <summary>Parses a course code without throwing.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The course code, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CourseCode result)
    {
        result = s is not null && IsValid(s.AsSpan()) ? new CourseCode(s) : default;
        return !result.IsDefault;
    }

    /// <inheritdoc cref="TryParse(string?, out CourseCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out CourseCode result) => TryParseCore(s, out result);

    /// <summary>Parses a course code from UTF-8 text without throwing; accepts exactly what the string parser accepts.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="result">The course code, or the default value on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out CourseCode result) => TryParseCore(utf8, out result);

    /// <summary>Returns the 23-character code (<c>(none)</c> for the default value).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _value ?? "(none)";

    /// <inheritdoc/>
    static string IValueText<CourseCode>.DescribeInvalid(ReadOnlySpan<char> s)
    {
        // A national ID typed into the wrong field must not be echoed unmasked.
        var shown = ErrorText.Excerpt(s.ToString(), 40);
        return s.Length != Length
            ? $"The course code '{shown}' must have 23 characters, not {s.Length}."
            : $"The course code '{shown}' must be digits or upper-case letters A-Z and start with a three-digit ROC year.";
    }

    // The grammar, once for UTF-16 and UTF-8: 23 ASCII digits or upper-case letters, the first three a ROC year 001-999.
    internal static bool IsValid<TUnit>(ReadOnlySpan<TUnit> s)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit> =>
        s.Length == Length && AcademicYear.TryParseCore(s[..3], out _) && Text.AllUpperAlphanumeric(s[3..]);

    private static bool TryParseCore<TUnit>(ReadOnlySpan<TUnit> s, out CourseCode result)
        where TUnit : unmanaged, System.Numerics.IBinaryInteger<TUnit>
    {
        result = IsValid(s) ? new CourseCode(Text.ToAsciiString(s)) : default;
        return !result.IsDefault;
    }
}
