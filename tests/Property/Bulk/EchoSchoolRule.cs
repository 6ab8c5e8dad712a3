using System.Globalization;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>
/// A sample school rule for the agreement properties: it reports every value of the <see cref="StudentView"/> (the
/// student, and each record with its files) as message arguments, so any difference between what the two validation
/// paths show a school rule becomes a difference in their reports. With <paramref name="throwOnOddRecords"/> it throws
/// for students with an odd number of records, so both paths must also agree on <c>SP-R001</c>.
/// </summary>
internal sealed class EchoSchoolRule(string code = "ZZ-001", bool throwOnOddRecords = false) : ISchoolRule
{
    public RuleDescriptor Rule { get; } = RuleDescriptor.ForSchool(code, Severity.Warning, "agreement sample", "回顯 {0}", "Echo {0}", "values");

    public void Check(StudentView student, SchoolRuleIssues issues)
    {
        if (throwOnOddRecords && student.Records.Count % 2 == 1)
        {
            issues.Report("before the failure");
            throw new InvalidOperationException("odd");
        }

        issues.Report(Join(student.Student, student.School, student.Grade, student.History.Events.Count, student.Path, student.Records.Count,
            student.Cadres.Count, student.Courses.Count, student.Outcomes.Count, student.Performances.Count));
        foreach (var r in student.Records)
        {
            var files = string.Join(";", r.Files.Select(f => Join(f.Index, f.FileName, f.MediaType, f.SizeBytes, f.Path)));
            issues.Report(r, Join(r.Kind, r.Index, r.Id, r.Term, r.CourseCode, r.CourseKind, r.OriginSchool, r.OriginTerm, r.IsSelected,
                r.CertificationStatus, r.CertificationDecidedAt, r.IsCertified, r.Category, r.StartDate, r.EndDate, r.HasLink,
                r.TitleLength, r.DescriptionLength, files));
        }
    }

    private static string Join(params object?[] values) =>
        string.Join("|", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "null"));
}
