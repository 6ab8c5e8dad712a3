using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// One element of the <c>students</c> array as framed by <see cref="DocumentFramer"/>: where it starts and, when it
/// is a complete object, where its bytes are in the framer's buffer (valid until the next call to the framer).
/// </summary>
/// <param name="Index">The element's index in the <c>students</c> array.</param>
/// <param name="BufferStart">The index of the element's first byte in <see cref="DocumentFramer.Buffer"/>.</param>
/// <param name="Length">The element's length in bytes (0 when <paramref name="Problem"/> is not <see cref="ElementProblem.None"/>).</param>
/// <param name="Position">The position of the element's first byte.</param>
/// <param name="Problem">Why the element's bytes are not available, if they are not.</param>
/// <param name="Error">The error for <paramref name="Problem"/> (rule, JSON path and position), if any.</param>
/// <param name="Size">The element's size in bytes as far as it was scanned.</param>
internal readonly record struct ElementFrame(
    long Index,
    int BufferStart,
    int Length,
    SourcePosition Position,
    ElementProblem Problem,
    SubmissionError? Error,
    long Size);
