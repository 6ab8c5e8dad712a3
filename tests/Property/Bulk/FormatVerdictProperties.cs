using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Bulk;
using StudentPortfolio.Export;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Bulk;

/// <summary>
/// The bulk validator reports an error for a student if and only if the importer (<see cref="SubmissionReader"/>)
/// rejects that student: both run the one walker of the format, on documents written by the library and then
/// damaged the way hand-edited or hostile files are (wrong JSON types, repeated and unknown members, bad codes,
/// hashes, file names and sizes, deleted members, flipped and deleted bytes).
/// </summary>
public class FormatVerdictProperties
{
    // Each damage: a pattern found in the students array and what one of its matches becomes.
    private static readonly (Regex Pattern, Func<Match, string> Replace)[] Damages =
    [
        (new Regex("\"grade\":\\s*(\\d)"), m => "\"grade\":\"" + m.Groups[1].Value + "\""),
        (new Regex("\\{\\s*\"nationalId\":\\s*\"[A-Z0-9]+\","), m => m.Value + "\"nationalId\":\"A123456789\","),
        (new Regex("\"fileName\":\\s*\"[^\"]*\""), _ => "\"fileName\":\"../../etc/passwd\""),
        (new Regex("\"sizeBytes\":\\s*(\\d+)"), m => "\"sizeBytes\":-" + m.Groups[1].Value),
        (new Regex("\"(sha256|contentHash|certifiedHash)\":\\s*\"([0-9a-f]{64})\""), m => "\"" + m.Groups[1].Value + "\":\"" + m.Groups[2].Value.ToUpperInvariant() + "\""),
        (new Regex("\"(sha256|contentHash)\":\\s*\"[0-9a-f]"), m => "\"" + m.Groups[1].Value + "\":\""),
        (new Regex("\\{\\s*\""), _ => "{\"extra\":1,\""),
        (new Regex("\"(title|description|term|kind|selected|id|unit|subjectName)\":\\s*(\"[^\"]*\"|true|false|null|-?\\d+),"), _ => string.Empty),
        (new Regex("\"term\":\\s*\"\\d+-\\d\""), _ => "\"term\":\"114-3\""),
        (new Regex("\"(courseCode|school)\":\\s*\"[0-9A-Z]"), m => "\"" + m.Groups[1].Value + "\":\"a"),
        (new Regex("\"(status|category|level|kind)\":\\s*\"[a-z]"), m => "\"" + m.Groups[1].Value + "\":\"Q"),
        (new Regex("\"(title|description|name)\":\\s*\"[^\"]"), m => m.Value[..^1] + "\\ud800"),
        (new Regex("\"[a-zA-Z]+\":\\s*\\[\\]"), m => m.Value[..^2] + "{}"),
    ];

    [Property(MaxTest = 300)]
    public Property Bulk_reports_an_error_for_a_student_exactly_when_the_importer_rejects_it() =>
        Prop.ForAll(
            PortfolioGenerators.Documents().ToArbitrary(),
            Gen.Choose(0, Damages.Length + 1).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (document, damage, seed) =>
            {
                var text = Damage(Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(document)), damage, seed);
                var bytes = Encoding.UTF8.GetBytes(text);
                var rejected = ReaderRejects(bytes, out var why);
                var flagged = BulkFlags(bytes);

                return rejected.SetEquals(flagged).Label($"damage {damage}: reader rejects [{string.Join(',', rejected)}], bulk flags [{string.Join(',', flagged)}]\n{Excerpt(text)}");
            });

    [Xunit.Fact]
    public void Every_damage_finds_its_target_in_a_written_document()
    {
        var text = string.Concat(PortfolioGenerators.Documents().Sample(50, 40).Select(d => Encoding.UTF8.GetString(SubmissionWriter.ToUtf8Bytes(d))));

        Xunit.Assert.All(Damages, d => Xunit.Assert.True(d.Pattern.IsMatch(text), d.Pattern.ToString()));
    }

    private static string Damage(string text, int damage, int seed)
    {
        var students = text.IndexOf("\"students\":[", StringComparison.Ordinal) + "\"students\":[".Length;
        if (students <= 0 || students >= text.Length - 2)
        {
            return text;
        }

        var random = new Random(seed);
        if (damage >= Damages.Length)
        {
            // A flipped or deleted byte anywhere in the students array.
            var at = random.Next(students, text.Length - 2);
            return damage == Damages.Length
                ? text.Remove(at, 1)
                : string.Concat(text.AsSpan(0, at), ((char)random.Next(0x20, 0x7F)).ToString(), text.AsSpan(at + 1));
        }

        var (pattern, replace) = Damages[damage];
        var matches = pattern.Matches(text, students);
        if (matches.Count == 0)
        {
            return text;
        }

        var m = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, m.Index), replace(m), text.AsSpan(m.Index + m.Length));
    }

    private static SortedSet<long> ReaderRejects(byte[] bytes, out string why)
    {
        var rejected = new SortedSet<long>();
        var reasons = new StringBuilder();
        why = string.Empty;
        using var stream = new MemoryStream(bytes);
        var reader = SubmissionReader.Open(stream, SubmissionReaderOptions.Lenient);
        if (reader.HeaderErrors.Count > 0)
        {
            return rejected;
        }

        foreach (var result in reader.ReadStudents())
        {
            // A student repeated in the document is a cross-student check the importer makes and the bulk path, which
            // keeps nothing per student between students, does not. Errors of the document after the last student (the
            // bulk path's document issues) come as a result without a student.
            var own = $"$.students[{result.Index}]";
            if (result.Student is null && result.Errors.Any(e => e.Issue.Path.StartsWith(own, StringComparison.Ordinal) && !(e.Issue.Code == "SP-X011" && e.Issue.Path == own)))
            {
                rejected.Add(result.Index);
                reasons.AppendLine(string.Join("; ", result.Errors.Select(e => e.ToString())));
            }
        }

        why = reasons.ToString();
        return rejected;
    }

    private static SortedSet<long> BulkFlags(byte[] bytes)
    {
        var flagged = new SortedSet<long>();
        var summary = new BulkValidator().ValidateAsync(new MemoryStream(bytes), new BulkValidationOptions { MaxDegreeOfParallelism = 1 }, onStudent: (r, _) =>
        {
            if (r.Issues.Any(i => i.Severity == Rules.Severity.Error) || r.DroppedIssueCount > 0)
            {
                flagged.Add(r.Index);
            }

            return ValueTask.CompletedTask;
        }).GetAwaiter().GetResult();
        return summary.DocumentIssues.Count > 0 && HeaderBroken(bytes) ? [] : flagged;
    }

    // The importer stops at an invalid header; the bulk path reads on (its students are then not compared).
    private static bool HeaderBroken(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SubmissionReader.Open(stream, SubmissionReaderOptions.Lenient).HeaderErrors.Count > 0;
    }

    private static string Excerpt(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
