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

    /// <summary>Formats the English message with the given arguments.</summary>
    /// <param name="arguments">The argument values, in the order of <see cref="Arguments"/>.</param>
    /// <returns>The message.</returns>
    public string FormatEnglish(IReadOnlyList<string> arguments) => RuleMessages.FormatEnglish(this, arguments);

    /// <summary>Formats the Traditional Chinese message with the given arguments.</summary>
    /// <param name="arguments">The argument values, in the order of <see cref="Arguments"/>.</param>
    /// <returns>The message.</returns>
    public string FormatChinese(IReadOnlyList<string> arguments) => RuleMessages.FormatChinese(this, arguments);

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
