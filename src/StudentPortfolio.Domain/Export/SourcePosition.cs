namespace StudentPortfolio.Export;

/// <summary>A position in the input: zero-based byte offset, one-based line and one-based byte position in the line.</summary>
internal readonly record struct SourcePosition(long Offset, long Line, long Column);
