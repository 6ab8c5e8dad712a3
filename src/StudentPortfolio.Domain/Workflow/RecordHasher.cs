using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
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

    public static ContentHash Hash(MultiPerformanceItem item)
    {
        var text = new StringBuilder();
        Add(text, item.Term.ToString());
        Add(text, item.Category.ToString());
        AddDetails(text, item.Details);
        Add(text, item.Description);
        Add(text, item.Link?.OriginalString);
        foreach (var file in item.Files)
        {
            Add(text, file.ToString());
        }

        return Of(text);
    }

    public static ContentHash Hash(CadreRecord cadre)
    {
        var text = new StringBuilder();
        Add(text, cadre.Term.ToString());
        Add(text, cadre.Level.ToString());
        Add(text, cadre.Unit);
        Add(text, cadre.Title);
        return Of(text);
    }

    public static ContentHash Hash(CourseRecord course)
    {
        var text = new StringBuilder();
        Add(text, course.Term.ToString());
        Add(text, course.CourseCode.ToString());
        Add(text, course.SubjectName);
        Add(text, course.Credits.ToString(CultureInfo.InvariantCulture));
        Add(text, course.Score?.ToString(CultureInfo.InvariantCulture));
        Add(text, course.Kind.ToString());
        Add(text, course.Origin?.School?.ToString());
        Add(text, course.Origin?.Term?.ToString());
        Add(text, course.Origin?.CourseCode?.ToString());
        return Of(text);
    }

    public static ContentHash Hash(StudentBasicData student)
    {
        var text = new StringBuilder();
        Add(text, student.Name);
        Add(text, student.School.ToString());
        Add(text, student.StudentNumber);
        Add(text, student.Programme);
        Add(text, student.Grade.ToString(CultureInfo.InvariantCulture));
        Add(text, student.ClassName);
        Add(text, student.Seat?.ToString(CultureInfo.InvariantCulture));
        return Of(text);
    }

    private static void AddDetails(StringBuilder text, PerformanceDetails details)
    {
        // Every field of the category in table order; enumerations and booleans by their .NET names.
        foreach (var f in DetailsFields.Of(details.Category).Fields)
        {
            switch (f.Kind)
            {
                case FieldKind.String: Add(text, f.GetText(details)); break;
                case FieldKind.Date: Add(text, f.GetDate(details)); break;
                case FieldKind.Decimal: Add(text, f.GetNumber(details)); break;
                case FieldKind.Integer: Add(text, f.GetInteger(details)); break;
                case FieldKind.Term: Add(text, f.GetTerm(details)?.ToString()); break;
                case FieldKind.Boolean: Add(text, f.GetFlag(details)?.ToString()); break;
                default: Add(text, f.GetLevel(details)?.ToString()); break;
            }
        }
    }

    private static void Add(StringBuilder text, string? value) => text.Append(value ?? "\u2400").Append(Separator);

    private static void Add(StringBuilder text, LocalDate? value) => Add(text, value is { } d ? LocalDatePattern.Iso.Format(d) : null);

    private static void Add(StringBuilder text, decimal? value) => Add(text, value?.ToString(CultureInfo.InvariantCulture));

    private static void Add(StringBuilder text, int? value) => Add(text, value?.ToString(CultureInfo.InvariantCulture));

    private static ContentHash Of(StringBuilder text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), digest);
        return ContentHash.FromBytes(digest);
    }
}
