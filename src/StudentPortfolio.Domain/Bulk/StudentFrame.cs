using StudentPortfolio.Export;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>
/// One element of the <c>students</c> array as framed by <see cref="StudentFramer"/>: its index, where it starts,
/// and either its bytes (in a buffer rented from the framer's <see cref="FrameBufferPool"/>, returned by whoever
/// consumes the frame) or the problem that prevented framing it, with the framer's issue for that problem.
/// </summary>
internal readonly record struct StudentFrame(
    long Index,
    long ByteOffset,
    long Line,
    byte[]? Buffer,
    int Length,
    ElementProblem Problem,
    string? Detail,
    long ProblemOffset,
    long ProblemLine,
    long Size,
    long Column = 1,
    ValidationIssue? Issue = null)
{
    /// <summary>Gets the student's bytes (empty when the frame carries a problem).</summary>
    public ReadOnlySpan<byte> Span => Buffer is null ? default : Buffer.AsSpan(0, Length);
}
