using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime.Text;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Workflow;

/// <summary>
/// Content hashes for the record kinds that have none of their own (multi-performance, cadres, course records,
/// basic data): SHA-256 over a culture-invariant, field-separated text of the submitted fields.
/// </summary>
internal static class RecordHasher
{
    private const char Separator = '\u001f';

    public static ContentHash Hash(MultiPerformanceItem item) => Of(
    [
        item.Term.ToString(),
        item.Category.ToString(),
        .. Details(item.Details),
        item.Description,
        item.Link?.OriginalString,
        .. item.Files.Select(f => f.ToString()),
    ]);

    public static ContentHash Hash(CadreRecord cadre) => Of([cadre.Term.ToString(), cadre.Level.ToString(), cadre.Unit, cadre.Title]);

    public static ContentHash Hash(CourseRecord course) => Of(
    [
        course.Term.ToString(),
        course.CourseCode.ToString(),
        course.SubjectName,
        course.Credits.ToString(CultureInfo.InvariantCulture),
        course.Score?.ToString(CultureInfo.InvariantCulture),
        course.Kind.ToString(),
        course.Origin?.School?.ToString(),
        course.Origin?.Term?.ToString(),
        course.Origin?.CourseCode?.ToString(),
    ]);

    public static ContentHash Hash(StudentBasicData student) => Of(
    [
        student.Name,
        student.School.ToString(),
        student.StudentNumber,
        student.Programme,
        student.Grade.ToString(CultureInfo.InvariantCulture),
        student.ClassName,
        student.Seat?.ToString(CultureInfo.InvariantCulture),
    ]);

    /// <summary>Every field of the category in table order; enumerations and booleans by their .NET names.</summary>
    private static IEnumerable<string?> Details(PerformanceDetails details) => DetailsFields.Of(details.Category).Fields.Select(f => f.Kind switch
    {
        FieldKind.String => f.GetText(details),
        FieldKind.Date => f.GetDate(details) is { } date ? LocalDatePattern.Iso.Format(date) : null,
        FieldKind.Decimal => f.GetNumber(details)?.ToString(CultureInfo.InvariantCulture),
        FieldKind.Integer => f.GetInteger(details)?.ToString(CultureInfo.InvariantCulture),
        FieldKind.Term => f.GetTerm(details)?.ToString(),
        FieldKind.Boolean => f.GetFlag(details)?.ToString(),
        _ => f.GetLevel(details)?.ToString(),
    });

    /// <summary>SHA-256 of the fields, each followed by the separator; a missing field is written as U+2400.</summary>
    private static ContentHash Of(IEnumerable<string?> fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            text.Append(field ?? "\u2400").Append(Separator);
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return ContentHash.FromBytes(digest);
    }
}
