namespace StudentPortfolio.UnitTests.Docs;

/// <summary>Runs the snippet tests alone: they set the working directory and the console for the whole process.</summary>
[CollectionDefinition(nameof(DocSnippetsRunAlone), DisableParallelization = true)]
public sealed class DocSnippetsRunAlone;
