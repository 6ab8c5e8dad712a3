using System.Globalization;
using StudentPortfolio.Rules;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// One problem found while reading a submission document: the rule (<c>SP-X…</c>), where it is (JSON path, <see cref="SourcePosition"/>,
/// student index) and the message in Traditional Chinese and
/// English.
/// </summary>
/// <remarks>
/// <see cref="Issue"/> carries the rule, the masked student key (when the identity number could be read), the
/// record id and the message arguments; identity numbers appear only masked. Immutable and thread-safe.
/// </remarks>
public sealed record SubmissionError
{
    /// <summary>Creates an error.</summary>
    /// <param name="issue">The rule violation.</param>
    /// <param name="studentIndex">The index in <c>students</c>, or <see langword="null"/> for the document level.</param>
    /// <param name="position">Where the offending token is: line, byte in the line and byte offset in the file (a leading byte-order mark counts).</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public SubmissionError(ValidationIssue issue, int? studentIndex, SourcePosition position)
    {
        Issue = Guard.NotNull(issue);
        StudentIndex = studentIndex;
        Position = position;
    }

    /// <summary>Gets the rule violation (rule, masked student key, record id, JSON path, arguments).</summary>
    public ValidationIssue Issue { get; }

    /// <summary>Gets the rule code, e.g. <c>SP-X008</c>.</summary>
    public string Code => Issue.Code;

    /// <summary>Gets the JSON path, e.g. <c>$.students[3].outcomes[1].description</c>.</summary>
    public string Path => Issue.Path;

    /// <summary>Gets the index in <c>students</c>, or <see langword="null"/> for a document-level error.</summary>
    public int? StudentIndex { get; }

    /// <summary>Gets where the offending token is: line, byte in the line and byte offset in the file.</summary>
    public SourcePosition Position { get; }

    /// <summary>Gets the English message.</summary>
    public string Message => Issue.Message;

    /// <summary>Gets the Traditional Chinese message.</summary>
    public string MessageZh => Issue.MessageZh;

    /// <summary>Returns <c>CODE path (line L, byte B, offset O): message</c>; identity numbers are masked.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Path} ({Position}): {Message}");
}
