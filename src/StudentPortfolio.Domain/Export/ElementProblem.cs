namespace StudentPortfolio.Export;

/// <summary>Why an element of the <c>students</c> array was framed without its bytes.</summary>
internal enum ElementProblem
{
    /// <summary>The element is a complete object; its bytes are in the buffer.</summary>
    None = 0,

    /// <summary>The element's brackets do not match, or a string holds a raw control character; framing resynchronised after it.</summary>
    Malformed,

    /// <summary>The input ends inside the element.</summary>
    Truncated,

    /// <summary>The element is larger than the per-student limit; it was scanned to its end without being kept.</summary>
    TooLarge,

    /// <summary>The element is not an object.</summary>
    NotObject,

    /// <summary>The element holds more JSON objects than the per-student limit; it was scanned to its end without being kept.</summary>
    TooManyObjects,
}
