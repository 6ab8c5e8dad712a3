using NodaTime;
using StudentPortfolio.Identity;
using StudentPortfolio.Rules;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A student's basic data (基本資料) as recorded by the registrar (註冊組): identity, school and class placement.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> shows only the masked key; the name and identity number are personal data.
/// Immutable and thread-safe.
/// </remarks>
public sealed record StudentBasicData
{
    /// <summary>The highest grade accepted (some continuing-education programmes run a fourth year).</summary>
    public const int MaxGrade = 4;

    /// <summary>Creates the basic data of a student.</summary>
    /// <param name="nationalId">The identity number (身分證號).</param>
    /// <param name="birthDate">The birth date (出生日期).</param>
    /// <param name="name">The full name (姓名); may be empty only in data still to be validated.</param>
    /// <param name="school">The school code (學校代碼) of the school of record.</param>
    /// <param name="studentNumber">The school's student number (學號).</param>
    /// <param name="programme">The programme or department code (科班學程別), as the school records it.</param>
    /// <param name="grade">The grade (年級), 1 to <see cref="MaxGrade"/>.</param>
    /// <param name="className">The class name (班級名稱).</param>
    /// <param name="seat">The seat number (座號), 1 or more, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="nationalId"/> or <paramref name="school"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> or <paramref name="seat"/> is out of range.</exception>
    public StudentBasicData(
        NationalId nationalId,
        LocalDate birthDate,
        string name,
        SchoolCode school,
        string studentNumber,
        string programme,
        int grade,
        string className,
        int? seat)
    {
        Key = new StudentKey(nationalId, birthDate);
        if (school.IsDefault)
        {
            throw new ArgumentException("The school code must not be the default value.", nameof(school));
        }

        if (grade is < 1 or > MaxGrade)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "Value should be in range [1-4].");
        }

        if (seat is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(seat), seat, "Value should be 1 or more.");
        }

        Name = Guard.NotNull(name);
        School = school;
        StudentNumber = Guard.NotNull(studentNumber);
        Programme = Guard.NotNull(programme);
        Grade = grade;
        ClassName = Guard.NotNull(className);
        Seat = seat;
    }

    /// <summary>
    /// Builds basic data from the values a school database stores, reporting every invalid field as an <c>SP-D003</c>
    /// issue instead of throwing. The national ID accepts any letter case.
    /// </summary>
    /// <param name="nationalId">The stored national ID text.</param>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="name">The name.</param>
    /// <param name="school">The stored school code text.</param>
    /// <param name="studentNumber">The student number.</param>
    /// <param name="programme">The programme or department.</param>
    /// <param name="grade">The grade, 1 to <see cref="MaxGrade"/>.</param>
    /// <param name="className">The class name.</param>
    /// <param name="seat">The seat number, 1 or more, or <see langword="null"/>.</param>
    /// <param name="data">The basic data when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? nationalId,
        LocalDate birthDate,
        string? name,
        string? school,
        string? studentNumber,
        string? programme,
        int grade,
        string? className,
        int? seat,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StudentBasicData? data,
        out IReadOnlyList<ValidationIssue> issues)
    {
        var f = new StoredFields("basicData");
        var id = f.Parse<NationalId>(nameof(nationalId), nationalId);
        var text = f.Text(nameof(name), name);
        var code = f.Parse<SchoolCode>(nameof(school), school);
        var number = f.Text(nameof(studentNumber), studentNumber);
        var prog = f.Text(nameof(programme), programme);
        f.Range(nameof(grade), grade, 1, MaxGrade);
        var cls = f.Text(nameof(className), className);
        if (seat is < 1)
        {
            f.Add(nameof(seat), seat.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return f.Finish(() => new StudentBasicData(id, birthDate, text, code, number, prog, grade, cls, seat), out data, out issues);
    }

    /// <summary>Gets the student key (identity number + birth date).</summary>
    public StudentKey Key { get; }

    /// <summary>Gets the identity number.</summary>
    public NationalId NationalId => Key.NationalId;

    /// <summary>Gets the birth date.</summary>
    public LocalDate BirthDate => Key.BirthDate;

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the school of record.</summary>
    public SchoolCode School { get; }

    /// <summary>Gets the student number.</summary>
    public string StudentNumber { get; }

    /// <summary>Gets the programme or department code.</summary>
    public string Programme { get; }

    /// <summary>Gets the grade, 1 to <see cref="MaxGrade"/>.</summary>
    public int Grade { get; }

    /// <summary>Gets the class name.</summary>
    public string ClassName { get; }

    /// <summary>Gets the seat number, if known.</summary>
    public int? Seat { get; }

    /// <summary>Returns the masked student key only.</summary>
    /// <returns>For example <c>Student A12****789/2008-05-01</c>.</returns>
    public override string ToString() => $"Student {Key}";
}
