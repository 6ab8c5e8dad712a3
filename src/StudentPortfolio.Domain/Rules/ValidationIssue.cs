using System.Globalization;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Rules;

/// <summary>
/// One rule violation: which rule, how serious, where (student, record, JSON path) and the message arguments.
/// </summary>
/// <remarks>
/// Messages are formatted on demand from the rule's templates. Arguments never hold an unmasked national ID:
/// the student appears only as its masked <see cref="StudentKey"/>. Immutable and thread-safe.
/// </remarks>
public sealed record ValidationIssue
{
    private readonly ValueList<string> _arguments;

    /// <summary>Creates an issue.</summary>
    /// <param name="rule">The rule violated.</param>
    /// <param name="student">The student, when known.</param>
    /// <param name="recordId">The record, when the issue is about one record.</param>
    /// <param name="path">The JSON path of the offending value in the export shape, e.g. <c>$.students[3].outcomes[1].description</c>.</param>
    /// <param name="arguments">The message arguments, in the order of <see cref="RuleDescriptor.Arguments"/>.</param>
    /// <param name="severity">The severity; defaults to the rule's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    public ValidationIssue(RuleDescriptor rule, StudentKey? student, RecordId? recordId, string path, IEnumerable<string>? arguments = null, Severity? severity = null)
    {
        Rule = Guard.NotNull(rule);
        Student = student;
        RecordId = recordId;
        Path = ErrorText.Mask(Guard.NotNull(path));
        _arguments = MaskEach(rule, ValueList<string>.From(arguments, nameof(arguments)));
        Severity = severity ?? rule.Severity;
        IssueObserver.Observe(this);
    }

    /// <summary>Gets the rule violated.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the rule code, e.g. <c>SP-Q001</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the student, when known. Its <see cref="StudentKey.ToString"/> is masked.</summary>
    public StudentKey? Student { get; }

    /// <summary>Gets the record identifier, when the issue is about one record (the caller's value as given; the message, <see cref="Arguments"/>, <see cref="Path"/> and <see cref="ToString"/> mask a run shaped like a national ID in it).</summary>
    public RecordId? RecordId { get; }

    /// <summary>Gets the JSON path in the export shape.</summary>
    public string Path { get; }

    /// <summary>Gets the message arguments, with every run shaped like a national ID masked (<c>A12****789</c>).</summary>
    public IReadOnlyList<string> Arguments => _arguments;

    /// <summary>Gets the English message, rendered through <see cref="RuleMessages"/>.</summary>
    public string Message => RuleMessages.Format(Rule, _arguments, CultureInfo.InvariantCulture);

    /// <summary>Gets the Traditional Chinese (zh-TW) message, rendered through <see cref="RuleMessages"/>.</summary>
    public string MessageZh => RuleMessages.Format(Rule, _arguments, RuleMessages.ZhTw);

    /// <summary>
    /// Returns the message for <paramref name="culture"/> through <see cref="RuleMessages"/>: the catalogue's wording for
    /// the culture if it has any, else the library's Chinese for <c>zh</c> cultures and English otherwise.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    /// <param name="options">The date style and catalogue; <see langword="null"/> means <see cref="MessageOptions.Default"/>.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture = null, MessageOptions? options = null) => RuleMessages.Format(Rule, _arguments, culture, options);

    /// <summary>Returns <c>CODE severity student record path: message</c> with the student and every run shaped like a national ID masked.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var student = Student?.ToString() ?? "-";
        var record = RecordId is { } id ? ErrorText.Mask(id.ToString()) : "-";
        return $"{Code} {Severity} {student} {record} {Path}: {Message}";
    }

    // Arguments echo input values (record ids, file names, media types, codes): every ID-shaped run is masked once
    // here. A content hash (an argument named ...Hash holding 64 hex digits) is a digest, not input text: it is kept.
    private static ValueList<string> MaskEach(RuleDescriptor rule, ValueList<string> arguments)
    {
        string[]? masked = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i < rule.Arguments.Count && rule.Arguments[i].EndsWith("Hash", StringComparison.Ordinal) && arguments[i].Length == 64 && arguments[i].All(char.IsAsciiHexDigit))
            {
                continue;
            }

            var text = ErrorText.Mask(arguments[i]);
            if (!ReferenceEquals(text, arguments[i]))
            {
                masked ??= [.. arguments];
                masked[i] = text;
            }
        }

        return masked is null ? arguments : ValueList<string>.From(masked, nameof(arguments));
    }
}
