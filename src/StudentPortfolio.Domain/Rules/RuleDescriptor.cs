using System.Text;

namespace StudentPortfolio.Rules;

/// <summary>
/// One rule of the catalogue: a stable code (e.g. <c>SP-Q001</c>), a severity, the regulation it comes from and
/// its message templates in Traditional Chinese and English.
/// </summary>
/// <remarks>
/// Codes never change meaning once shipped; a retired rule keeps its code unused. Message templates are composite
/// format strings whose arguments are listed in <see cref="Arguments"/>. Immutable and thread-safe.
/// </remarks>
public sealed class RuleDescriptor
{
    internal const string DataType = "data";
    internal const string DateType = "date";
    internal const string InstantType = "instant";
    internal const string NamePrefix = "name:";
    internal const string NamesPrefix = "names:";

    internal RuleDescriptor(string code, Severity severity, string regulation, string messageZh, string messageEn, params string[] arguments)
    {
        Code = code;
        Severity = severity;
        Regulation = regulation;
        MessageTemplateZh = messageZh;
        MessageTemplateEn = messageEn;
        Arguments = [.. arguments.Select(a => a.Split(':', 2)[0])];
        ArgumentTypes = [.. arguments.Select(a => a.Split(':', 2) is [_, var type] ? CheckType(code, type) : DataType)];
        if (CompositeFormat.Parse(messageZh).MinimumArgumentCount > arguments.Length || CompositeFormat.Parse(messageEn).MinimumArgumentCount > arguments.Length)
        {
            throw new ArgumentException($"Rule {code} names fewer arguments than its templates use.", nameof(arguments));
        }
    }

    /// <summary>The prefix of the library's own rule codes; a school's rules may not use it.</summary>
    public const string LibraryPrefix = "SP-";

    /// <summary>
    /// Creates the descriptor of a school's own rule (校訂檢核規則, see <see cref="Validation.ISchoolRule"/>): a code of the
    /// school's own prefix (letters and digits, a hyphen, then letters, digits and hyphens, e.g. <c>BH-001</c>), never
    /// the library's <c>SP-</c>, so a school's codes and the library's cannot collide.
    /// </summary>
    /// <param name="code">The stable code, e.g. <c>BH-001</c>; 3 to 32 ASCII letters, digits and hyphens, with a hyphen after the prefix.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="regulation">The regulation the rule comes from, e.g. the school's clause.</param>
    /// <param name="messageZh">The Traditional Chinese message template (<c>{0}</c> placeholders).</param>
    /// <param name="messageEn">The English message template.</param>
    /// <param name="arguments">The names of the template arguments, in order (plain data).</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The code starts with <c>SP-</c> (any case) or is not of the form above, the severity is not defined, a template
    /// is not a valid format string, or a template uses more arguments than are named.
    /// </exception>
    public static RuleDescriptor ForSchool(string code, Severity severity, string regulation, string messageZh, string messageEn, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(regulation);
        ArgumentNullException.ThrowIfNull(messageZh);
        ArgumentNullException.ThrowIfNull(messageEn);
        ArgumentNullException.ThrowIfNull(arguments);
        if (SchoolCodeProblem(code) is { } problem)
        {
            throw new ArgumentException(problem, nameof(code));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException($"Rule {code} has an undefined severity.", nameof(severity));
        }

        foreach (var argument in arguments)
        {
            if (string.IsNullOrWhiteSpace(argument) || argument.Contains(':', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Rule {code} has an empty argument name or one with a type; a school rule's arguments are plain data.", nameof(arguments));
            }
        }

        try
        {
            return new RuleDescriptor(code, severity, regulation, messageZh, messageEn, arguments);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Rule {code} has a message template that is not a valid format string: {e.Message}", nameof(messageEn), e);
        }
    }

    /// <summary>Describes why <paramref name="code"/> cannot be a school rule's code, or returns <see langword="null"/>.</summary>
    internal static string? SchoolCodeProblem(string code)
    {
        if (code.StartsWith(LibraryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"The code '{Internal.ErrorText.Excerpt(code, 40)}' starts with the library's prefix {LibraryPrefix}; give the school's rules a prefix of their own, e.g. BH-001.";
        }

        var hyphen = code.IndexOf('-', StringComparison.Ordinal);
        var shaped = code.Length is >= 3 and <= 32 && hyphen > 0 && hyphen < code.Length - 1;
        foreach (var c in code)
        {
            shaped &= char.IsAsciiLetterOrDigit(c) || c == '-';
        }

        return shaped
            ? null
            : $"The code '{Internal.ErrorText.Excerpt(code, 40)}' is not a school rule code: 3 to 32 ASCII letters, digits and hyphens, a prefix, a hyphen and more, e.g. BH-001.";
    }

    /// <summary>Gets the stable rule code, e.g. <c>SP-Q001</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the default severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the regulation the rule comes from, e.g. <c>作業要點; 松山 5(3)3</c>.</summary>
    public string Regulation { get; }

    /// <summary>Gets the Traditional Chinese message template.</summary>
    public string MessageTemplateZh { get; }

    /// <summary>Gets the English message template.</summary>
    public string MessageTemplateEn { get; }

    /// <summary>Gets the names of the template arguments, in order.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>
    /// Gets the type of each argument, which decides how <see cref="RuleMessages"/> shows it: <c>data</c> (record ids,
    /// codes, numbers, terms, masked IDs, file names, JSON paths, text from the input: shown as given), <c>date</c>
    /// (ISO date, shown in the chosen <see cref="MessageDateStyle"/>), <c>instant</c> (a point in time, shown in Taipei
    /// local time), <c>name:TABLE</c> (a library term, shown by its display name from <see cref="DisplayNames"/>) and
    /// <c>names:TABLE</c> (a comma-separated list of such terms). The stable argument values never change with it.
    /// </summary>
    public IReadOnlyList<string> ArgumentTypes { get; }

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static string CheckType(string code, string type) =>
        type is DataType or DateType or InstantType
            || (type.StartsWith(NamePrefix, StringComparison.Ordinal) && DisplayNames.In(type[NamePrefix.Length..]).Count > 0)
            || (type.StartsWith(NamesPrefix, StringComparison.Ordinal) && DisplayNames.In(type[NamesPrefix.Length..]).Count > 0)
            ? type
            : throw new ArgumentException($"Rule {code} has an argument of unknown type '{type}'.", nameof(type));
}
