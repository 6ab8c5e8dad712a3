using System.Text.Json.Serialization;
using NodaTime.Text;
using NodaTime;

namespace StudentPortfolio.Identity;

/// <summary>
/// The key of a student in every central-database roster and receipt: identity number plus birth date
/// (身分證號 + 出生日期).
/// </summary>
/// <remarks><see cref="ToString"/> masks the identity number. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(StudentKeyJsonConverter))]
public readonly record struct StudentKey : IComparable<StudentKey>, IComparable
{
    /// <summary>Creates a student key.</summary>
    /// <param name="nationalId">The identity number.</param>
    /// <param name="birthDate">The birth date.</param>
    /// <exception cref="ArgumentException"><paramref name="nationalId"/> is the default value.</exception>
    public StudentKey(NationalId nationalId, LocalDate birthDate)
    {
        if (nationalId.IsDefault)
        {
            throw new ArgumentException("The national ID must not be the default value.", nameof(nationalId));
        }

        NationalId = nationalId;
        BirthDate = birthDate;
    }

    /// <summary>Gets the identity number.</summary>
    public NationalId NationalId { get; }

    /// <summary>Gets the birth date.</summary>
    public LocalDate BirthDate { get; }

    /// <summary>Returns the masked key, e.g. <c>A12****789/2008-05-01</c>.</summary>
    /// <returns>The masked text form.</returns>
    public override string ToString() => $"{NationalId}/{LocalDatePattern.Iso.Format(BirthDate)}";

    /// <summary>Orders by identity number, then birth date.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(StudentKey other)
    {
        var c = NationalId.CompareTo(other.NationalId);
        return c != 0 ? c : BirthDate.CompareTo(other.BirthDate);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => Internal.Comparables.CompareTo(this, obj);

    /// <summary>Less-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(StudentKey left, StudentKey right) => left.CompareTo(right) < 0;

    /// <summary>Less-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(StudentKey left, StudentKey right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-than.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(StudentKey left, StudentKey right) => left.CompareTo(right) > 0;

    /// <summary>Greater-than-or-equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(StudentKey left, StudentKey right) => left.CompareTo(right) >= 0;
}
