using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Policies;
using StudentPortfolio.UnitTests.Export;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>The valid (and nearly valid) seed inputs the mutations start from.</summary>
public static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<byte[]>> SubmissionSeeds = new(LoadSubmissions);
    private static readonly Lazy<IReadOnlyList<byte[]>> ExchangeSeeds = new(() => SampleSubmission.Portfolios()
        .Select(p => ExchangePackageFile.ToUtf8Bytes(ExchangePackage.Export(p, NodaTime.Instant.FromUtc(2025, 9, 1, 0, 0))))
        .ToList());

    private static readonly Lazy<IReadOnlyList<byte[]>> PolicySeeds = new(LoadPolicies);
    private static readonly Lazy<IReadOnlyList<byte[]>> WorkflowSeeds = new(LoadWorkflow);

    /// <summary>Gets the submission documents: the golden sample, the two bad samples.</summary>
    public static IReadOnlyList<byte[]> Submissions => SubmissionSeeds.Value;

    /// <summary>Gets exchange package files of the sample portfolios.</summary>
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
