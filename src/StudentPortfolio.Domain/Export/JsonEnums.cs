using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Export;

/// <summary>The camelCase JSON names of the enumerations in the submission shape, both ways, without reflection.</summary>
internal static class JsonEnums
{
    public static readonly string[] ContentKindNames = ["basicData", "courseRecords", "courseOutcomes", "multiPerformance"];
    public static readonly ContentKinds[] ContentKindValues = [ContentKinds.BasicData, ContentKinds.CourseRecords, ContentKinds.CourseOutcomes, ContentKinds.MultiPerformance];

    public static readonly string[] CadreLevelNames = ["school", "class", "club", "other"];
    public static readonly CadreLevel[] CadreLevelValues = [CadreLevel.School, CadreLevel.Class, CadreLevel.Club, CadreLevel.Other];

    public static readonly string[] CourseKindNames = ["regular", "makeUp", "retake", "repeatYear", "transfer", "borrowedStudy"];
    public static readonly CourseRecordKind[] CourseKindValues =
        [CourseRecordKind.Regular, CourseRecordKind.MakeUp, CourseRecordKind.Retake, CourseRecordKind.RepeatYear, CourseRecordKind.Transfer, CourseRecordKind.BorrowedStudy];

    public static readonly string[] CertificationStatusNames = ["pending", "certified", "rejected"];
    public static readonly CertificationStatus[] CertificationStatusValues = [CertificationStatus.Pending, CertificationStatus.Certified, CertificationStatus.Rejected];

    public static readonly string[] CategoryNames = [.. DetailsFields.All.Select(c => c.Name)];
    public static readonly PerformanceCategory[] CategoryValues = [.. DetailsFields.All.Select(c => c.Category)];

    public static readonly string[] EnrollmentKindNames =
        ["admit", "transferIn", "transferOut", "programmeChange", "suspend", "resume", "repeatYear", "borrowedStudyStart", "borrowedStudyEnd", "withdraw", "graduate"];
    public static readonly EnrollmentEventKind[] EnrollmentKindValues =
    [
        EnrollmentEventKind.Admit, EnrollmentEventKind.TransferIn, EnrollmentEventKind.TransferOut, EnrollmentEventKind.ProgrammeChange,
        EnrollmentEventKind.Suspend, EnrollmentEventKind.Resume, EnrollmentEventKind.RepeatYear, EnrollmentEventKind.BorrowedStudyStart,
        EnrollmentEventKind.BorrowedStudyEnd, EnrollmentEventKind.Withdraw, EnrollmentEventKind.Graduate,
    ];

    public static string Name<T>(T value, T[] values, string[] names)
        where T : struct, Enum
    {
        var i = Array.IndexOf(values, value);
        return i >= 0 ? names[i] : throw new ArgumentOutOfRangeException(nameof(value), value, $"'{value}' is not a defined {typeof(T).Name}.");
    }

    public static bool TryParse<T>(string text, T[] values, string[] names, out T value)
        where T : struct, Enum
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                value = values[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}
