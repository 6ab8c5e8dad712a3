namespace StudentPortfolio.Bulk;

/// <summary>A problem that stopped the framer: where it is and what it is.</summary>
internal sealed record FramingError(FramingErrorKind Kind, long ByteOffset, long Line, string Detail);
