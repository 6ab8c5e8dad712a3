using System.Reflection;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Bulk;
using StudentPortfolio.Calendar;
using StudentPortfolio.DependencyInjection;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;
using StudentPortfolio.UnitTests.Enrollment;
using StudentPortfolio.Validation;
using StudentPortfolio.Workflow;
using W = StudentPortfolio.UnitTests.Workflow.WorkflowFixture;
using B = StudentPortfolio.UnitTests.Validation.Build;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>
/// Pushes generated national IDs (citizens, old and new resident certificates) and invalid ID strings through every
/// path of the library that produces text, and fails if any of them appears unmasked.
/// </summary>
public sealed class PersonalDataTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 20, 8, 0);
    private readonly PersonalDataCorpus _corpus = new();
    private readonly List<NationalId> _ids = GenerateIds(seed: 8);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    /// <summary>Valid IDs with their check digit found by trial: three of each kind.</summary>
    private static List<NationalId> GenerateIds(int seed)
    {
        var random = new Random(seed);
        var ids = new List<NationalId>();
        char[] seconds = ['1', '2', '8', '9', 'A', 'B', 'C', 'D'];
        foreach (var second in seconds)
        {
            var letter = (char)('A' + random.Next(26));
            var body = random.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            for (var check = 0; check < 10; check++)
            {
                if (NationalId.TryParse($"{letter}{second}{body}{check}", out var id))
                {
                    ids.Add(id);
                    break;
                }
            }
        }

        return ids;
    }

    private IEnumerable<string> Secrets()
    {
        foreach (var id in _ids)
        {
            var raw = id.ToUnmaskedString();
            yield return raw;
            yield return BadChecksum(raw);
            yield return raw.ToLowerInvariant();
        }
    }

    private static string BadChecksum(string raw) => raw[..9] + (char)('0' + ((raw[9] - '0' + 1) % 10));

    private static StudentBasicData Student(NationalId id, SchoolCode? school = null) =>
        new(id, new LocalDate(2008, 5, 1), "王小明", school ?? SchoolCode.Parse("041305"), "S110001", "301", 2, "商二甲", 12);

    private void Record(string source, ValidationReport report)
    {
        _corpus.AddText(source, report.ToString());
        foreach (var issue in report.Issues)
        {
            _codes.Add(issue.Code);
            _corpus.AddText(source, issue.Message);
            _corpus.AddText(source, issue.MessageZh);
            _corpus.AddText(source, issue.ToString());
            _corpus.AddText(source, issue.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-TW")));
        }

        _corpus.Walk(source, report);
    }

    private static IEnumerable<LearningPortfolio> ViolatingPortfolios(NationalId id)
    {
        var policy = PolicyPresets.National;
        var tooLong = new string('字', policy.Description.MaxCharacters + 1);
        yield return new LearningPortfolio(Student(id), outcomes: B.Outcomes(policy.OutcomeSelectionsPerYear + 1), performances: B.Performances(policy.PerformanceSelectionsPerYear + 1));
        yield return new LearningPortfolio(
            Student(id),
            outcomes:
            [
                B.Outcome("O1", selected: true, certified: false, description: tooLong),
                B.Outcome("O1", description: ""),
                B.Outcome("O2", files: [B.File("a.exe", MediaType.Parse("application/x-msdownload"), 900_000_000)]),
            ],
            performances:
            [
                B.Performance("P1", details: new CompetitionDetails("", "", "", "", new LocalDate(2030, 1, 1), false), description: tooLong),
                B.Performance("P1", selected: true),
            ]);
        yield return new LearningPortfolio(
            Student(id, EnrollmentFixtures.NewSchool),
            courses: [EnrollmentFixtures.Course("K1", "113-1", EnrollmentFixtures.NewSchool), EnrollmentFixtures.Course("K2", "114-1", EnrollmentFixtures.OldSchool)],
            outcomes: [EnrollmentFixtures.Outcome("O1", "113-1", EnrollmentFixtures.OldSchool, selected: true), EnrollmentFixtures.Outcome("O2", "114-1", EnrollmentFixtures.OldSchool, certified: false, selected: true)],
            enrollment: EnrollmentFixtures.TransferHistory());
    }

    [Fact]
    public async Task No_text_the_library_produces_contains_an_unmasked_national_id()
    {
        Assert.Equal(8, _ids.Count);
        var portfolios = new List<LearningPortfolio>();
        foreach (var id in _ids)
        {
            portfolios.AddRange(ViolatingPortfolios(id));
        }

        // Validators (all three presets, with a calendar so the window rules run).
        var calendar = new SubmissionCalendar([], [new KeyValuePair<Term, LocalDate>(Term.Parse("114-1"), new LocalDate(2026, 1, 20))]);
        foreach (var preset in PolicyPresets.Ids)
        {
            var validator = new PortfolioValidator(PolicyPresets.Get(preset), calendar);
            foreach (var portfolio in portfolios)
            {
                Record("PortfolioValidator", validator.Validate(portfolio, new PortfolioValidationOptions { SubmittingSchool = EnrollmentFixtures.NewSchool, SubmissionTerm = Term.Parse("114-1"), AsOf = new LocalDate(2026, 3, 1) }));
                Record("ValidateApplicationPicks", validator.ValidateApplicationPicks(portfolio, []));
                try
                {
                    validator.ValidateAndThrow(portfolio);
                }
                catch (PortfolioValidationException e)
                {
                    _corpus.AddException("ValidateAndThrow", e);
                }
            }
        }

        foreach (var portfolio in portfolios)
        {
            Record("EnrollmentValidator", EnrollmentValidator.Validate(portfolio));
            Record("EnrollmentValidator.ValidateSubmission", EnrollmentValidator.ValidateSubmission(portfolio, EnrollmentFixtures.OldSchool, Term.Parse("114-1")));
            var package = ExchangePackage.Export(portfolio, new FakeClock(Now));
            _corpus.Walk("ExchangePackage", package);
            _corpus.Walk("ExchangeMerger", ExchangeMerger.Merge(new LearningPortfolio(Student(portfolio.Student.NationalId, EnrollmentFixtures.HostSchool)), package));
            _corpus.Walk("LearningPortfolio", portfolio);
        }

        // Import: a document of these students, damaged so every ID-bearing error path runs.
        var document = SubmissionDocument.FromPortfolios(new SubmissionHeader(SchoolCode.Parse("041305"), Term.Parse("114-1"), ContentKinds.All, Now), portfolios.DistinctBy(p => p.Key));
        _corpus.Walk("SubmissionDocument", document);
        var json = Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(document));
        foreach (var damaged in Damaged(json))
        {
            await ImportAsync(damaged);
        }

        // Policies.
        foreach (var id in _ids)
        {
            var raw = id.ToUnmaskedString();
            foreach (var policyJson in new[] { $"{{\"{raw}\": 1}}", $"{{\"id\": {raw}}}", $"{{\"id\": \"x\", \"outcomes\": nu \"{raw}\"}}" })
            {
                try
                {
                    PortfolioPolicy.Parse(policyJson);
                }
                catch (PolicyFormatException e)
                {
                    _corpus.AddException("PolicyFormatException", e);
                }
            }
        }

        // Value types: every public static Parse(string) with every secret.
        ParseEverything();

        // Services from the container, and the options.
        var services = new ServiceCollection().AddStudentPortfolio(o =>
        {
            o.PolicyPresetId = PolicyPresets.SongshanId;
            o.Calendar = calendar;
        });
        using (var provider = services.BuildServiceProvider())
        {
            foreach (var d in services)
            {
                _corpus.Walk("DI " + d.ServiceType.Name, provider.GetRequiredService(d.ServiceType));
            }
        }

        // Workflow: allowed and denied transitions (results, failures, audit entries) and receipts.
        RunWorkflows(calendar);

        // Identity types themselves.
        foreach (var id in _ids)
        {
            _corpus.Walk("NationalId", id);
            _corpus.Walk("StudentKey", new StudentKey(id, new LocalDate(2008, 5, 1)));
        }

        File.WriteAllText(
            Path.Combine(AppContext.BaseDirectory, "personal-data-coverage.txt"),
            $"{_corpus.Count} texts, {_corpus.PublicTypesSeen.Count} public types reached, {_codes.Count} rule codes hit: {string.Join(", ", _codes.Order())}\n"
            + string.Join("\n", _corpus.PublicTypesSeen.Select(t => t.FullName).Order()));
        var leaks = _corpus.Find(Secrets());
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(_corpus.PublicTypesSeen.Count >= 40, $"only {_corpus.PublicTypesSeen.Count} public types reached");
        Assert.True(_codes.Count >= 12, $"only {_codes.Count} rule codes hit: {string.Join(", ", _codes.Order())}");
    }

    [Fact]
    public void The_scan_finds_an_unmasked_id_when_one_is_produced()
    {
        var raw = _ids[0].ToUnmaskedString();
        _corpus.AddText("control", $"student {raw} failed");

        Assert.Single(_corpus.Find(Secrets()));
    }

    private void RunWorkflows(SubmissionCalendar calendar)
    {
        var engines = new[] { new OutcomeWorkflow(new FakeClock(W.Now), null, proxies: W.Proxies), new OutcomeWorkflow(new FakeClock(W.Now), calendar) };
        foreach (var id in _ids)
        {
            var key = new StudentKey(id, new LocalDate(2008, 5, 1));
            var student = Actor.ForStudent("S9", key);
            foreach (var engine in engines)
            {
                var uploaded = engine.Upload(student, key, W.NewOutcome());
                _corpus.Walk("Workflow.Upload", uploaded);
                _corpus.Walk("Workflow.Upload by another", engine.Upload(W.AliceActor, key, W.NewOutcome()));
                var item = new OutcomeWorkItem(key, W.NewOutcome(), OutcomeState.Uploaded);
                _corpus.Walk("Workflow.Certify by student", engine.Certify(student, item));
                var certified = engine.Certify(W.Teacher, item);
                _corpus.Walk("Workflow.Certify", certified);
                _corpus.Walk("Workflow.Reject", engine.Reject(W.Teacher, item, null));
                _corpus.Walk("Workflow.Select by another", engine.Select(W.BobActor, item));
                _corpus.Walk("Workflow.Submit uncertified", engine.Submit(W.Submitter, item));
            }

            var raw = id.ToUnmaskedString();
            foreach (var receipt in new[] { $"{{\"students\": [{{\"nationalId\": \"{BadChecksum(raw)}\"}}]}}", $"{{\"{raw}\": nu }}", $"[\"{raw.ToLowerInvariant()}\"]" })
            {
                try
                {
                    _corpus.Walk("ReceiptDocument", ReceiptDocument.Read(Encoding.UTF8.GetBytes(receipt)));
                }
                catch (ReceiptFormatException e)
                {
                    _corpus.AddException("ReceiptFormatException", e);
                }
            }
        }
    }

    private IEnumerable<string> Damaged(string json)
    {
        yield return json;
        foreach (var id in _ids)
        {
            var raw = id.ToUnmaskedString();
            var quoted = $"\"{raw}\"";
            yield return json.Replace(quoted, $"\"{BadChecksum(raw)}\"", StringComparison.Ordinal);
            yield return json.Replace(quoted, $"\"{raw.ToLowerInvariant()}\"", StringComparison.Ordinal);
            yield return json.Replace(quoted, "42", StringComparison.Ordinal);
            yield return json.Replace("\"studentNumber\"", quoted, StringComparison.Ordinal);
            yield return json.Replace("\"114-1\"", quoted, StringComparison.Ordinal);
            yield return json.Replace("\"autobiography\": null", "\"autobiography\": nu ", StringComparison.Ordinal);
            yield return json.Replace("\"birthDate\": \"2008-05-01\"", $"\"birthDate\": {quoted}", StringComparison.Ordinal);
        }

        // The same student twice.
        var students = json.IndexOf("\"students\": [", StringComparison.Ordinal) + "\"students\": [".Length;
        var end = json.IndexOf("\n    },", students, StringComparison.Ordinal) + "\n    },".Length;
        yield return json[..students] + json[students..end] + json[students..];
    }

    private async Task ImportAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        foreach (var options in new[] { SubmissionReaderOptions.Default, SubmissionReaderOptions.Lenient })
        {
            try
            {
                var result = SubmissionReader.ReadDocument(new MemoryStream(bytes), options, TestContext.Current.CancellationToken);
                _corpus.Walk("SubmissionReadResult", result);
                foreach (var e in result.Errors)
                {
                    _codes.Add(e.Code);
                }
            }
            catch (SubmissionFormatException e)
            {
                _corpus.AddException("SubmissionFormatException", e);
                foreach (var error in e.Errors)
                {
                    _codes.Add(error.Code);
                }
            }
        }

        var results = new List<StudentValidationResult>();
        var summary = await new BulkValidator(PolicyPresets.National).ValidateAsync(new MemoryStream(bytes), new BulkValidationOptions { MaxDegreeOfParallelism = 1 }, onStudent: (r, _) =>
        {
            results.Add(r);
            return ValueTask.CompletedTask;
        }, cancellationToken: TestContext.Current.CancellationToken);
        _corpus.Walk("BulkValidationSummary", summary);
        foreach (var r in results)
        {
            _corpus.Walk("StudentValidationResult", r);
            foreach (var issue in r.Issues)
            {
                _codes.Add(issue.Code);
            }
        }

        try
        {
            await new BulkValidator().ValidateFileAsync(WriteTemp(bytes), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (BulkValidationException e)
        {
            _corpus.AddException("BulkValidationException", e);
        }
    }

    private static string WriteTemp(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sp-pd-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private void ParseEverything()
    {
        var inputs = Secrets().Concat(Secrets().Select(s => " " + s + "x")).ToList();
        foreach (var type in typeof(NationalId).Assembly.GetExportedTypes())
        {
            var parse = type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
            if (parse is null)
            {
                continue;
            }

            foreach (var input in inputs)
            {
                try
                {
                    // A successful parse is walked only for identity types: a record id or code that happens to look
                    // like an ID is the caller's own value and prints as itself by design.
                    var value = parse.Invoke(null, [input]);
                    if (type.Namespace == typeof(NationalId).Namespace && type != typeof(RecordId))
                    {
                        _corpus.Walk($"{type.Name}.Parse", value);
                    }
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    _corpus.AddException($"{type.Name}.Parse", e.InnerException);
                }
            }
        }
    }
}
