namespace StudentPortfolio.UnitTests.Rules;

/// <summary>
/// The message corpus runs the other tests' code once more, so its tests run alone, after the parallel collections:
/// a test that writes a temporary file or reads a shared one never meets its own second run.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MessageCorpusGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Message corpus";
}
