using NodaTime;
using NodaTime.Testing;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Portfolio;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.UnitTests.Docs;

/// <summary>Runs the exchange package example of docs/transfers.md; the test fails when the Markdown and the code below differ.</summary>
public class TransfersExchangeSnippetTests
{
    private const string Start = "// docs/transfers.md snippet start";
    private const string End = "// docs/transfers.md snippet end";

    [Fact]
    public void Exchange_package_file_example_runs_and_merges_at_the_receiving_school()
    {
        var oldSchoolPortfolio = SampleSubmission.Portfolios()[0];
        var s = oldSchoolPortfolio.Student;
        var newSchoolPortfolio = new LearningPortfolio(new StudentBasicData(
            s.NationalId, s.BirthDate, s.Name, SampleSubmission.OtherSchool, "N001", s.Programme, s.Grade, s.ClassName, s.Seat));
        var clock = new FakeClock(Instant.FromUtc(2025, 9, 1, 0, 0));
        ExchangeMergeResult? result = null;
        Run();
        Assert.NotNull(result);
        Assert.True(result.Added > 0);
        Assert.Contains(result.Portfolio.Courses, c => c.Kind == CourseRecordKind.Transfer);

        void Run()
        {
            // docs/transfers.md snippet start
            var package = ExchangePackage.Export(oldSchoolPortfolio, clock);
            byte[] file = ExchangePackageFile.ToUtf8Bytes(package);

            // At the receiving school, on another vendor's system:
            var read = ExchangePackageFile.Read(file, SubmissionReaderOptions.Lenient);
            if (!read.IsValid)
            {
                foreach (var error in read.Errors)
                {
                    Console.WriteLine(error); // SP-X… $.path (line L, byte B, offset O): message, IDs masked
                }

                return;
            }

            var merged = ExchangeMerger.Merge(newSchoolPortfolio, read.Package!);
            Console.WriteLine($"{merged.Added} records added, {merged.Conflicts.Count} conflicts");
            // docs/transfers.md snippet end
            result = merged;
        }
    }

    [Fact]
    public void Exchange_package_file_example_in_the_docs_is_the_tested_code()
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("tests/Unit/Docs/TransfersExchangeSnippetTests.cs"));
        var from = source.IndexOf(Start + "\n", StringComparison.Ordinal);
        var to = source.IndexOf("            " + End, from, StringComparison.Ordinal);
        var code = string.Join("\n", source[(from + Start.Length + 1)..to].TrimEnd().Split('\n').Select(l => l.Length >= 12 ? l[12..] : l.TrimStart()));
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs/transfers.md"));
        Assert.Contains("```csharp\n" + code + "\n```", docs, StringComparison.Ordinal);
    }
}
