using System.Globalization;

namespace StudentPortfolio.Rules;

/// <summary>
/// Where something is in a UTF-8 text the library read (a submission document, an exchange package, a policy file, a
/// receipt): the 1-based line, the 1-based byte position in that line, and the 0-based byte offset from the start
/// of the input when the reader knows it. The one position type of every reader's errors and results.
/// </summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based byte position within the line (a byte-order mark counts on line 1).</param>
/// <param name="Offset">The 0-based byte offset from the start of the input, or <see langword="null"/> when the reader does not know it.</param>
public readonly record struct SourcePosition(long Line, long Column, long? Offset = null)
{
    /// <summary>Returns the position as <c>line L, byte C</c> (with <c>, offset O</c> when known).</summary>
    /// <returns>The position in words.</returns>
    public override string ToString() => Offset is { } offset
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, byte {Column}, offset {offset}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, byte {Column}");
}
