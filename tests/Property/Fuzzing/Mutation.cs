namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>One mutation: positions and values are taken modulo the input so any generated value applies.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="At">Where (modulo the input length).</param>
/// <param name="Length">How many bytes (ranges) or a nesting depth factor.</param>
/// <param name="Value">Which byte, token or extreme value (modulo the dictionary).</param>
public sealed record Mutation(MutationKind Kind, int At, int Length, int Value)
{
    public override string ToString() => $"{Kind}@{At}/{Length}/{Value}";
}
