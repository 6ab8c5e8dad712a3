namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>A fuzzing input: a seed from the corpus and the mutations to apply to it (replayable from this text).</summary>
/// <param name="Seed">Index into the corpus (modulo its size).</param>
/// <param name="Other">Index of the seed that splices take bytes from.</param>
/// <param name="Mutations">The mutations, applied in order.</param>
/// <param name="Generated">A generated seed input used instead of the corpus seed, when present.</param>
public sealed record FuzzCase(int Seed, int Other, Mutation[] Mutations, byte[]? Generated = null)
{
    public override string ToString() =>
        $"seed {(Generated is null ? Seed.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"generated ({Generated.Length} bytes)")}, other {Other}: {string.Join(", ", Mutations.Select(m => m.ToString()))}";
}
