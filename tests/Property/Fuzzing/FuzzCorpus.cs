using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>The valid (and nearly valid) seed inputs the mutations start from.</summary>
public static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<byte[]>> SubmissionSeeds = new(LoadSubmissions);
    private static readonly Lazy<IReadOnlyList<byte[]>> ExchangeSeeds = new(LoadExchanges);

    private static readonly Lazy<IReadOnlyList<byte[]>> PolicySeeds = new(LoadPolicies);
    private static readonly Lazy<IReadOnlyList<byte[]>> WorkflowSeeds = new(LoadWorkflow);

    /// <summary>Gets the submission documents: the golden sample, the two bad samples.</summary>
    public static IReadOnlyList<byte[]> Submissions => SubmissionSeeds.Value;

    /// <summary>Gets exchange package files holding the records of the golden sample's students.</summary>
    public static IReadOnlyList<byte[]> Exchanges => ExchangeSeeds.Value;

    /// <summary>Gets the three policy presets as JSON.</summary>
    public static IReadOnlyList<byte[]> Policies => PolicySeeds.Value;

    /// <summary>Gets the receipt and batch samples (each reader gets both: the other one is a near miss).</summary>
    public static IReadOnlyList<byte[]> ReceiptsAndBatches => WorkflowSeeds.Value;

    /// <summary>Serializes a generated document.</summary>
    public static byte[] ToBytes(SubmissionDocument document) => SubmissionWriter.ToUtf8Bytes(document);

    private static List<byte[]> LoadSubmissions()
    {
        var root = FindRoot();
        return
        [
            File.ReadAllBytes(Path.Combine(root, "samples", "data", "submission-114-1.json")),
            File.ReadAllBytes(Path.Combine(root, "samples", "data", "bad", "mixed-errors.json")),
            File.ReadAllBytes(Path.Combine(root, "samples", "data", "bad", "truncated.json")),
        ];
    }

    private static List<byte[]> LoadExchanges()
    {
        using var stream = new MemoryStream(Submissions[0]);
        var document = SubmissionReader.ReadDocument(stream).Document!;
        return document.Students
            .Select(s => new ExchangePackage(
                s.Student.Key, s.Student.School, document.Header.GeneratedAt, s.Courses, s.Outcomes, s.Performances, s.Cadres, s.Enrollment, [s.Outcomes.Count > 0 ? s.Outcomes[0].Id : StudentPortfolio.Identity.RecordId.Parse("X1")]))
            .Select(ExchangePackageFile.ToUtf8Bytes)
            .ToList();
    }

    private static List<byte[]> LoadWorkflow()
    {
        var root = FindRoot();
        return
        [
            File.ReadAllBytes(Path.Combine(root, "samples", "data", "receipt-114-1.json")),
            File.ReadAllBytes(Path.Combine(root, "samples", "data", "batch-114-1.json")),
        ];
    }

    private static List<byte[]> LoadPolicies()
    {
        var seeds = new List<byte[]>();
        foreach (var id in PolicyPresets.Ids)
        {
            using var stream = PolicyPresets.OpenJson(id);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            seeds.Add(copy.ToArray());
        }

        return seeds;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StudentPortfolio.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (StudentPortfolio.sln) not found above " + AppContext.BaseDirectory);
    }
}
