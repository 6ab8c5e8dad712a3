using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>
/// Mutation fuzzing of the importer, the policy loader, the receipt and batch readers and the bulk validator: any input either parses or gives
/// our typed error, and no produced text carries an unmasked national ID of the input.
/// </summary>
/// <remarks>
/// The seeded short runs (fixed FsCheck replay seed) run in every <c>dotnet test</c>. The long runs are explicit
/// tests in the category <c>Fuzz</c>: <c>SP_FUZZ_INPUTS=200000 dotnet test --project tests/Property -- --explicit only
/// --filter-trait "Category=Fuzz"</c>.
/// </remarks>
public sealed class FuzzProperties
{
    private const string Seed = "20261123,7";

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = 1500, Replay = Seed)]
    public void Any_mutated_submission_is_read_or_rejected_with_a_typed_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.Reader(Mutator.Apply(fuzzCase, FuzzCorpus.Submissions), out _));

    [Property(Arbitrary = [typeof(ExchangeArbitraries)], MaxTest = 600, Replay = Seed)]
    public void Any_mutated_exchange_package_is_read_or_rejected_with_a_typed_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.Exchange(Mutator.Apply(fuzzCase, FuzzCorpus.Exchanges), out _));

    [Property(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 3000, Replay = Seed)]
    public void Any_mutated_policy_loads_or_gives_a_policy_format_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.Policy(Mutator.Apply(fuzzCase, FuzzCorpus.Policies), out _));

    [Property(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 1500, Replay = Seed)]
    public void Any_mutated_receipt_is_read_or_gives_a_receipt_format_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.Receipt(Mutator.Apply(fuzzCase, FuzzCorpus.ReceiptsAndBatches), out _));

    [Property(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 1500, Replay = Seed)]
    public void Any_mutated_batch_is_read_or_gives_a_receipt_format_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.Batch(Mutator.Apply(fuzzCase, FuzzCorpus.ReceiptsAndBatches), out _));

    [Property(Arbitrary = [typeof(FuzzArbitraries)], MaxTest = 1000, Replay = Seed)]
    public void Any_mutated_bulk_file_is_validated_or_gives_a_framing_error(FuzzCase fuzzCase) =>
        Check(FuzzTargets.BulkValidation(Mutator.Apply(fuzzCase, FuzzCorpus.Submissions), out _));

    [Fact(Explicit = true)]
    [Trait("Category", "Fuzz")]
    public void Long_fuzz_of_the_submission_reader() => LongRun("reader", FuzzArbitraries.Cases(true), FuzzCorpus.Submissions, FuzzTargets.Reader);

    [Fact(Explicit = true)]
    [Trait("Category", "Fuzz")]
    public void Long_fuzz_of_the_policy_loader() => LongRun("policy", FuzzArbitraries.Cases(false), FuzzCorpus.Policies, FuzzTargets.Policy);

    [Fact(Explicit = true)]
    [Trait("Category", "Fuzz")]
    public void Long_fuzz_of_the_receipt_reader() => LongRun("receipt", FuzzArbitraries.Cases(false), FuzzCorpus.ReceiptsAndBatches, FuzzTargets.Receipt);

    [Fact(Explicit = true)]
    [Trait("Category", "Fuzz")]
    public void Long_fuzz_of_the_batch_reader() => LongRun("batch", FuzzArbitraries.Cases(false), FuzzCorpus.ReceiptsAndBatches, FuzzTargets.Batch);

    [Fact(Explicit = true)]
    [Trait("Category", "Fuzz")]
    public void Long_fuzz_of_the_bulk_validator() => LongRun("bulk", FuzzArbitraries.Cases(true), FuzzCorpus.Submissions, FuzzTargets.BulkValidation);

    private static void Check(string? failure) => Assert.True(failure is null, failure);

    private delegate string? Target(byte[] input, out bool accepted);

    private static void LongRun(string name, Gen<FuzzCase> cases, IReadOnlyList<byte[]> corpus, Target target)
    {
        var budget = int.TryParse(Environment.GetEnvironmentVariable("SP_FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        var tried = 0;
        var accepted = 0;
        var failures = new List<string>();
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        while (tried < budget)
        {
            foreach (var fuzzCase in cases.Sample(Math.Min(1000, budget - tried), 60))
            {
                tried++;
                var failure = target(Mutator.Apply(fuzzCase, corpus), out var ok);
                accepted += ok ? 1 : 0;
                if (failure is not null && distinct.Add(failure.Split('\n')[0]) && failures.Count < 20)
                {
                    failures.Add($"{fuzzCase}\n  {failure}");
                }
            }
        }

        var line = $"fuzz {name}: {tried} inputs, {accepted} accepted, {tried - accepted} rejected with typed errors, {distinct.Count} distinct failures, {watch.Elapsed.TotalSeconds:F0} s";
        TestContext.Current.SendDiagnosticMessage(line);
        var dir = Path.Combine(AppContext.BaseDirectory, "fuzz");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".txt"), line + "\n" + string.Join("\n", failures));
        Assert.True(failures.Count == 0, line + "\n" + string.Join("\n", failures));
    }
}
