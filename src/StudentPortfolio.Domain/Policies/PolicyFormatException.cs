using StudentPortfolio.Rules;

namespace StudentPortfolio.Policies;

/// <summary>
/// A policy JSON file is malformed, misses a field or has an invalid value. The exception names the field (its
/// JSON path) and the position (1-based line and byte column) of the offending value.
/// </summary>
public sealed class PolicyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A message that names the problem.</param>
    /// <param name="path">The JSON path of the field, e.g. <c>$.outcomes.selectedPerYear</c>.</param>
    /// <param name="lineNumber">The 1-based line of the offending value.</param>
    /// <param name="bytePositionInLine">The 1-based byte column of the offending value.</param>
    /// <param name="source">The file name, if the policy was read from a file.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public PolicyFormatException(string message, string path, long lineNumber, long bytePositionInLine, string? source = null, Exception? innerException = null)
        : base(Compose(message, path, lineNumber, bytePositionInLine, source), innerException)
    {
        Path = path;
        Position = lineNumber > 0 ? new SourcePosition(lineNumber, bytePositionInLine) : null;
        SourceFile = source;
        Problem = message;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public PolicyFormatException()
        : this("The policy is invalid.", "$", 0, 0)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PolicyFormatException(string message)
        : this(message, "$", 0, 0)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public PolicyFormatException(string message, Exception innerException)
        : this(message, "$", 0, 0, null, innerException)
    {
    }

    /// <summary>Gets the JSON path of the offending field, e.g. <c>$.outcomes.selectedPerYear</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the position (1-based line and byte column) of the offending value, or <see langword="null"/> when unknown.</summary>
    public SourcePosition? Position { get; }

    /// <summary>Gets the file the policy was read from, if any.</summary>
    public string? SourceFile { get; }

    /// <summary>Gets the problem without the location.</summary>
    public string Problem { get; }

    private static string Compose(string message, string path, long line, long column, string? source)
    {
        var where = line > 0 ? $" (line {line}, column {column})" : string.Empty;
        var file = source is null ? string.Empty : $"{source}: ";
        return $"{file}{path}{where}: {message}";
    }
}
