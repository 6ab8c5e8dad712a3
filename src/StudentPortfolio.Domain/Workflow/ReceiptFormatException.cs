using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A receipt (收訖明細) or batch JSON document is malformed, lacks a field or holds an invalid value. Names the
/// rule code (<c>SP-X501</c>–<c>SP-X503</c>), the JSON path and the position (1-based line and byte column). The
/// message never contains an unmasked national ID.
/// </summary>
public sealed class ReceiptFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The rule code, e.g. <c>SP-X502</c>.</param>
    /// <param name="message">What is wrong (without the location).</param>
    /// <param name="path">The JSON path, e.g. <c>$.課程學習成果[0].身分證號</c>.</param>
    /// <param name="lineNumber">The 1-based line (0 when unknown).</param>
    /// <param name="bytePositionInLine">The 1-based byte column (0 when unknown).</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ReceiptFormatException(string code, string message, string path, long lineNumber, long bytePositionInLine, Exception? innerException = null)
        : base($"{code} {path} (line {lineNumber}, column {bytePositionInLine}): {message}", innerException)
    {
        Code = code;
        Problem = message;
        Path = path;
        Position = lineNumber > 0 ? new SourcePosition(lineNumber, bytePositionInLine) : null;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ReceiptFormatException()
        : this(WorkflowRules.InputMalformed.Code, "The document is invalid.", "$", 0, 0)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ReceiptFormatException(string message)
        : this(WorkflowRules.InputMalformed.Code, message, "$", 0, 0)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public ReceiptFormatException(string message, Exception innerException)
        : this(WorkflowRules.InputMalformed.Code, message, "$", 0, 0, innerException)
    {
    }

    /// <summary>Gets the rule code: <c>SP-X501</c> malformed JSON, <c>SP-X502</c> missing field, <c>SP-X503</c> invalid value.</summary>
    public string Code { get; }

    /// <summary>Gets the problem without the location.</summary>
    public string Problem { get; }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets the position (1-based line and byte column) of the offending value, or <see langword="null"/> when unknown.</summary>
    public SourcePosition? Position { get; }
}
