namespace StudentPortfolio.Bulk;

/// <summary>The kind of <see cref="FramingError"/>.</summary>
internal enum FramingErrorKind
{
    /// <summary>The document does not have the submission shape, or framing could not resynchronise.</summary>
    Structure,

    /// <summary>The file ends before the document is complete.</summary>
    Truncated,
}
