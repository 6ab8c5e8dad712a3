using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
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
        switch (details)
        {
            case CadreDetails d:
                Add(text, d.Unit); Add(text, d.StartDate); Add(text, d.EndDate); Add(text, d.Title); Add(text, d.Level?.ToString());
                break;
            case CompetitionDetails d:
                Add(text, d.Name); Add(text, d.Event); Add(text, d.LevelCode); Add(text, d.Award); Add(text, d.ResultDate); Add(text, d.IsTeam?.ToString());
                break;
            case CertificateDetails d:
                Add(text, d.CertificateCode); Add(text, d.Score); Add(text, d.SubResults); Add(text, d.ObtainedOn); Add(text, d.CertificateNumber); Add(text, d.Group);
                break;
            case ServiceLearningDetails d:
                Add(text, d.Name); Add(text, d.Organisation); Add(text, d.StartDate); Add(text, d.EndDate); Add(text, d.Hours);
                break;
            case FlexibleLearningDetails d:
                Add(text, d.TypeCode); Add(text, d.Name); Add(text, d.Organiser); Add(text, d.OfferedIn?.ToString()); Add(text, d.PeriodsPerWeek); Add(text, d.Weeks);
                break;
            case GroupActivityDetails d:
                Add(text, d.TypeCode); Add(text, d.Organiser); Add(text, d.Name); Add(text, d.HeldIn?.ToString()); Add(text, d.Periods);
                break;
            case WorkplaceLearningDetails d:
                Add(text, d.TypeCode); Add(text, d.Organisation); Add(text, d.JobTitle); Add(text, d.StartDate); Add(text, d.EndDate); Add(text, d.Hours);
                break;
            case WorkDetails d:
                Add(text, d.Name); Add(text, d.Date);
                break;
            case AdvancedCourseDetails d:
                Add(text, d.Programme); Add(text, d.Organiser); Add(text, d.CourseName); Add(text, d.StartDate); Add(text, d.EndDate); Add(text, d.Credits); Add(text, d.TotalHours);
                break;
            case OtherPerformanceDetails d:
                Add(text, d.Name); Add(text, d.Organiser); Add(text, d.StartDate); Add(text, d.EndDate); Add(text, d.Hours);
                break;
            default:
                throw new ArgumentException($"Unknown performance details type {details.GetType().Name}.", nameof(details));
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
