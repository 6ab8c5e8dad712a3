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
/// Every rule code is compared, with the same options (submission year, term and school, enrolled terms, date) and
/// every combination of the enrollment switches; students the reader rejects (none, for documents written by
/// SubmissionWriter) are only required to have an error in the bulk path too.
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

    [Property(MaxTest = 120)]
    public Property Bulk_and_object_paths_agree_under_every_enrollment_switch_and_option() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var (ok, why) = Agree(SubmissionWriter.ToUtf8Bytes(c.Document), c.Policy, true, c.Options, c.Calendar, null);
            return ok.Label($"{c.Policy} {c.Policy.Latest.Enrollment} {c.Options} calendar: {c.Calendar is not null}\n{why}");
        });

    /// <summary>
    /// A school's own rule sees the same student in both paths: the sample rule reports every value of the view, and
    /// a second one throws on some students, so both paths must agree on its issues and on <c>SP-R001</c>.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Bulk_and_object_paths_show_a_school_rule_the_same_student() =>
        Prop.ForAll(Gen.OneOf(PortfolioGenerators.Documents(), EnrollmentScenarioGenerators.Documents()).ToArbitrary(), Gen.Elements(Policies).ToArbitrary(), (document, policy) =>
        {
            var options = new PortfolioValidationOptions { SchoolRules = [new EchoSchoolRule(), new EchoSchoolRule("ZZ-002", throwOnOddRecords: true)] };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var (ok, why) = Agree(SubmissionWriter.ToUtf8Bytes(document), policy, options: options, seen: seen);
            return (ok && (document.Students.Count == 0 || seen.Contains("ZZ-001"))).Label(why);
        });

    /// <summary>
    /// The agreement runs are not vacuous: over 300 generated cases, both paths report (and agree on) every rule a
    /// submission document can break. Not reachable from a document by design: the application-pick rules
    /// (SP-Q007–SP-Q009, SP-S004: picks are not part of the submission), duplicate record ids (SP-D001: the writer
    /// refuses them and the reader reports SP-X), exchange merges (SP-E008) and the calendar's own consistency
    /// (SP-W002–SP-W005, SP-W007, SP-W008: checked by CalendarValidator on the calendar, which a submission document
    /// does not carry, not on students), stored-field checks (SP-D003: reported by
    /// the entities' TryCreate for database rows, not by the validators) and records left out of a submission
    /// (SP-S005: decided when a submission is assembled by SubmissionContent.Select, not when a document is validated).
    /// </summary>
    [Fact]
    public void Agreement_runs_reach_every_rule_a_document_can_break()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Cases().Sample(300, 30))
        {
            var json = SubmissionWriter.ToUtf8Bytes(c.Document);
            var (ok, why) = Agree(json, c.Policy, true, c.Options, c.Calendar, seen);
            Assert.True(ok, why);
        }

        string[] unreachable = ["SP-Q007", "SP-Q008", "SP-Q009", "SP-S004", "SP-S005", "SP-D001", "SP-D003", "SP-E008", "SP-W002", "SP-W003", "SP-W004", "SP-W005", "SP-W007", "SP-W008"];
        var expected = RuleCatalogue.All.Select(r => r.Code)
            .Where(code => code[3] is 'Q' or 'S' or 'C' or 'D' or 'W' or 'E')
            .Except(unreachable)
            .ToList();
        Assert.Equal(string.Empty, string.Join(" ", expected.Except(seen).Order(StringComparer.Ordinal)));
    }

    private sealed record Case(SubmissionDocument Document, PolicyHistory Policy, PortfolioValidationOptions Options, SubmissionCalendar? Calendar);

    private static Gen<Case> Cases() =>
        from document in Gen.OneOf(PortfolioGenerators.Documents(), EnrollmentScenarioGenerators.Documents())
        from switches in PolicyWithSwitches()
        from policy in Histories(switches)
        from options in Options()
        from calendar in Gen.Elements<SubmissionCalendar?>(null, CertificationCalendar(60), CertificationCalendar(400))
        select new Case(document, policy, options, calendar);

    /// <summary>Teacher-certification windows from the start of every other term 100-1 to 130-2, open for <paramref name="days"/> days.</summary>
    private static SubmissionCalendar CertificationCalendar(int days)
    {
        var windows = new List<SubmissionWindow>();
        for (var year = 100; year <= 130; year++)
        {
            var term = new Term(AcademicYear.FromRocYear(year), year % 3 == 0 ? Semester.Second : Semester.First);
            var start = term.StartInstant;
            windows.Add(new SubmissionWindow(WindowKind.TeacherCertification, term, start, start.Plus(Duration.FromDays(days))));
        }

        return new SubmissionCalendar(windows);
    }

    /// <summary>A preset with any combination of the four enrollment switches.</summary>
    internal static Gen<PortfolioPolicy> PolicyWithSwitches() =>
        from preset in Gen.Elements(Policies)
        from across in Gen.Elements(true, false)
        from fresh in Gen.Elements(true, false)
        from certified in Gen.Elements(true, false)
        from exempt in Gen.Elements(true, false)
        from performanceMinimum in Gen.Elements<int?>(null, 2)
        from broughtInCount in Gen.Elements(true, false)
        from lateWeeks in Gen.Elements(0, 0, 2)
        select preset with
        {
            Enrollment = new EnrollmentPolicy(across, fresh, certified, exempt, broughtInCount),
            PerformanceUploads = performanceMinimum is null ? preset.PerformanceUploads : new UploadLimit(performanceMinimum, preset.PerformanceUploads.Maximum, preset.PerformanceUploads.Period),
            LatePerformanceWeeks = lateWeeks,
        };

    /// <summary>
    /// One version, or two: an earlier one in force from 2025-02-01 (so 113-1 records come before the first version,
    /// SP-D004) with tighter caps and files per item, then the given policy from 2025-08-01 (academic year 114).
    /// </summary>
    internal static Gen<PolicyHistory> Histories(PortfolioPolicy policy) =>
        Gen.Elements(
            PolicyHistory.Of(policy),
            new PolicyHistory(
            [
                policy with
                {
                    Version = "earlier",
                    EffectiveFrom = new LocalDate(2025, 2, 1),
                    OutcomeUploads = new UploadLimit(1, 2, QuotaPeriod.Semester),
                    OutcomeSelectionsPerYear = 2,
                    DocumentFilesPerItem = 2,
                    AudioVideoFilesPerItem = 0,
                    LatePerformanceWeeks = 3,
                },
                policy with { EffectiveFrom = new LocalDate(2025, 8, 1) },
            ]));

    /// <summary>Validation options as a caller gives them: none, some or all of the submission context.</summary>
    internal static Gen<PortfolioValidationOptions> Options() =>
        from year in Gen.Elements<int?>(null, 112, 113, 114)
        from submitting in Gen.Elements<string?>(null, "041305", "02YD15", "123456")
        from term in Gen.Elements("112-2", "113-1", "113-2", "114-1", "114-2")
        from asOf in Gen.Elements<LocalDate?>(null, new LocalDate(2026, 3, 1), new LocalDate(2035, 1, 1))
        from enrolled in Gen.Elements<string[]>([], ["113-1", "113-2"], ["114-1"])
        from schoolRules in Gen.Elements<ISchoolRule[]>([], [new EchoSchoolRule()], [new EchoSchoolRule(), new EchoSchoolRule("ZZ-002", throwOnOddRecords: true)])
        select new PortfolioValidationOptions
        {
            SchoolRules = schoolRules,
            SubmissionYear = year is { } y ? AcademicYear.FromRocYear(y) : null,
            SubmittingSchool = submitting is null ? null : SchoolCode.Parse(submitting),
            SubmissionTerm = submitting is null ? null : Term.Parse(term),
            AsOf = asOf,
            EnrolledTerms = enrolled.Select(Term.Parse).ToList(),
        };

    [Fact]
    public void Bulk_and_object_paths_agree_on_the_golden_sample()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "data", "submission-114-1.json"));
        var agreement = Agree(bytes, PolicyPresets.National);
        Assert.True(agreement.Ok, agreement.Why);
    }

    internal static (bool Ok, string Why) Agree(byte[] json, PortfolioPolicy policy, bool requireReadable = true, PortfolioValidationOptions? options = null, SubmissionCalendar? calendar = null, HashSet<string>? seen = null) =>
        Agree(json, PolicyHistory.Of(policy), requireReadable, options, calendar, seen);

    internal static (bool Ok, string Why) Agree(byte[] json, PolicyHistory policy, bool requireReadable, PortfolioValidationOptions? options, SubmissionCalendar? calendar, HashSet<string>? seen)
    {
        options ??= PortfolioValidationOptions.Default;
        var objectPath = ObjectPath(json, policy, options, calendar);
        var bulkPath = BulkPath(json, policy, options, calendar);
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

            foreach (var issue in read.Issues)
            {
                seen?.Add(issue.Split(' ')[1]);
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

    private static Dictionary<int, (bool Rejected, List<string> Issues)> ObjectPath(byte[] json, PolicyHistory policy, PortfolioValidationOptions given, SubmissionCalendar? calendar)
    {
        var validator = PortfolioValidator.FromHistory(policy, calendar);
        var result = new Dictionary<int, (bool, List<string>)>();
        var reader = SubmissionReader.Open(new MemoryStream(json));
        foreach (var student in reader.ReadStudents(TestContext.Current.CancellationToken))
        {
            if (student.IsDocumentLevel)
            {
                continue;
            }

            if (!student.IsValid)
            {
                result[student.Index] = (true, student.Errors.Select(e => e.Code + " " + e.Path).ToList());
                continue;
            }

            var options = given with { PathPrefix = string.Create(CultureInfo.InvariantCulture, $"$.students[{student.Index}]") };
            var report = validator.Validate(student.Student!.ToPortfolio(), options);
            result[student.Index] = (false, report.Issues.Select(Describe).ToList());
        }

        return result;
    }

    private static Dictionary<int, List<string>> BulkPath(byte[] json, PolicyHistory policy, PortfolioValidationOptions given, SubmissionCalendar? calendar)
    {
        var result = new Dictionary<int, List<string>>();
        var options = new BulkValidationOptions { MaxDegreeOfParallelism = 2, BufferSize = 4096, Validation = given };
        var summary = BulkValidator.FromHistory(policy, calendar).ValidateAsync(new MemoryStream(json), options, onStudent: (r, _) =>
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
