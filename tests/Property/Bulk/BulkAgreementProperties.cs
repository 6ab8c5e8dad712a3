using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;
using StudentPortfolio.Rules;
using StudentPortfolio.Validation;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>
/// The bulk path (one token pass over the file) and the object path (<see cref="SubmissionReader"/> then
/// <see cref="PortfolioValidator"/>, same policy) report the same issues for every student the object path can read.
/// Exceptions (documented in docs/bulk-validation.md): enrollment rules (SP-E) are not checked by the bulk path;
/// students the reader rejects (none, for documents written by SubmissionWriter) are only required to have an error in the
/// bulk path too.
/// </summary>
public class BulkAgreementProperties
{
    private static readonly PortfolioPolicy[] Policies = [PolicyPresets.National, PolicyPresets.Baihe, PolicyPresets.Songshan];

    [Property(MaxTest = 80)]
    public Property Bulk_and_object_paths_report_the_same_issues_on_rule_breaking_portfolios() =>
        Prop.ForAll(
            Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(CompliantPortfolioGenerators.Arbitrary().Generator, n)).ToArbitrary(),
            Gen.Elements(Policies).ToArbitrary(),
            (cases, policy) =>
            {
                var portfolios = new LearningPortfolio[cases.Length];
                for (var i = 0; i < cases.Length; i++)
                {
                    var p = cases[i].Portfolio;
                    var s = p.Student;
                    var student = new StudentBasicData(s.NationalId, s.BirthDate.PlusDays(i), s.Name, s.School, s.StudentNumber, s.Programme, s.Grade, s.ClassName, s.Seat);
                    
                    // Record ids are unique per kind in a document (the writer refuses duplicates); the generator repeats them.
                    portfolios[i] = new LearningPortfolio(student, p.Cadres, p.Courses, p.Outcomes.DistinctBy(o => o.Id).ToList(), p.Performances.DistinctBy(x => x.Id).ToList(), null, p.Autobiography, p.Enrollment);
                }

                var header = new SubmissionHeader(SchoolCode.Parse("041305"), Term.Parse("114-1"), ContentKinds.All, Instant.FromUtc(2026, 1, 20, 8, 0));
                var (ok, why) = Agree(SubmissionWriter.ToUtf8Bytes(SubmissionDocument.FromPortfolios(header, portfolios)), policy);
                return ok.Label(why);
            });

    [Property(MaxTest = 60)]
    public Property Bulk_and_object_paths_report_the_same_issues_on_arbitrary_documents() =>
        Prop.ForAll(PortfolioGenerators.Documents().ToArbitrary(), Gen.Elements(Policies).ToArbitrary(), (document, policy) =>
        {
            var (ok, why) = Agree(SubmissionWriter.ToUtf8Bytes(document), policy);
            return ok.Label(why);
        });

    [Fact]
    public void Bulk_and_object_paths_agree_on_the_golden_sample()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "data", "submission-114-1.json"));
        var agreement = Agree(bytes, PolicyPresets.National);
        Assert.True(agreement.Ok, agreement.Why);
    }

    internal static (bool Ok, string Why) Agree(byte[] json, PortfolioPolicy policy, bool requireReadable = true)
    {
        var objectPath = ObjectPath(json, policy);
        var bulkPath = BulkPath(json, policy);
        var why = new List<string>();
        if (requireReadable && objectPath.Values.Any(s => s.Rejected))
        {
            why.Add("the reader rejected a student of a document written by SubmissionWriter, so the comparison would be vacuous");
        }

        foreach (var (index, read) in objectPath)
        {
            if (!bulkPath.TryGetValue(index, out var bulk))
            {
                why.Add($"student {index}: missing from the bulk results");
                continue;
            }

            if (read.Rejected)
            {
                if (!bulk.Exists(i => i.StartsWith("Error ", StringComparison.Ordinal)))
                {
                    why.Add($"student {index}: the reader rejects it ({string.Join("; ", read.Issues)}) but the bulk path finds no error");
                }

                continue;
            }

            var expected = read.Issues.Order(StringComparer.Ordinal).ToList();
            var actual = bulk.Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                why.Add($"student {index}:\n  object: {string.Join("\n          ", expected)}\n  bulk:   {string.Join("\n          ", actual)}");
            }
        }

        if (bulkPath.Count != objectPath.Count)
        {
            why.Add($"{objectPath.Count} students read by the object path, {bulkPath.Count} by the bulk path");
        }

        return (why.Count == 0, string.Join("\n", why));
    }

    private static Dictionary<int, (bool Rejected, List<string> Issues)> ObjectPath(byte[] json, PortfolioPolicy policy)
    {
        var validator = new PortfolioValidator(policy);
        var result = new Dictionary<int, (bool, List<string>)>();
        var reader = SubmissionReader.Open(new MemoryStream(json));
        foreach (var student in reader.ReadStudents(TestContext.Current.CancellationToken))
        {
            if (student.IsDocumentLevel)
            {
                continue;
            }

            if (!student.IsSuccess)
            {
                result[student.Index] = (true, student.Errors.Select(e => e.Code + " " + e.Path).ToList());
                continue;
            }

            var options = new PortfolioValidationOptions { PathPrefix = string.Create(CultureInfo.InvariantCulture, $"$.students[{student.Index}]") };
            var report = validator.Validate(student.Student!.ToPortfolio(), options);
            result[student.Index] = (false, report.Issues.Where(i => !i.Code.StartsWith("SP-E", StringComparison.Ordinal)).Select(Describe).ToList());
        }

        return result;
    }

    private static Dictionary<int, List<string>> BulkPath(byte[] json, PortfolioPolicy policy)
    {
        var result = new Dictionary<int, List<string>>();
        var options = new BulkValidationOptions { MaxDegreeOfParallelism = 2, BufferSize = 4096 };
        var summary = new BulkValidator(policy).ValidateAsync(new MemoryStream(json), options, onStudent: (r, _) =>
        {
            result[(int)r.Index] = r.Issues.Select(Describe).ToList();
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.Null(summary.FatalIssue);
        return result;
    }

    private static string Describe(ValidationIssue issue) =>
        $"{issue.Severity} {issue.Code} {issue.Path} [{string.Join(" | ", issue.Arguments)}] {issue.RecordId}";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StudentPortfolio.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
