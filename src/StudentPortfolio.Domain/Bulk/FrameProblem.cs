namespace StudentPortfolio.Bulk;

/// <summary>What the framer found wrong with one element of the <c>students</c> array.</summary>
internal enum FrameProblem
{
    /// <summary>A complete JSON object; its bytes are in the frame.</summary>
    None = 0,

    /// <summary>The element's JSON is malformed; the framer resynchronised at the next student.</summary>
    Malformed,

    /// <summary>The file ends inside the element.</summary>
    Truncated,

    /// <summary>The element is larger than the configured maximum; its bytes were scanned but not kept.</summary>
    TooLarge,

    /// <summary>The element is valid JSON but not an object.</summary>
    NotObject,
}
