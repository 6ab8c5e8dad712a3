using System.Globalization;
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
    private readonly CompositeFormat _zh;
    private readonly CompositeFormat _en;

    internal RuleDescriptor(string code, Severity severity, string regulation, string messageZh, string messageEn, params string[] arguments)
    {
        Code = code;
        Severity = severity;
        Regulation = regulation;
        MessageTemplateZh = messageZh;
        MessageTemplateEn = messageEn;
        Arguments = arguments;
        _zh = CompositeFormat.Parse(messageZh);
        _en = CompositeFormat.Parse(messageEn);
        if (_zh.MinimumArgumentCount > arguments.Length || _en.MinimumArgumentCount > arguments.Length)
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

    /// <summary>Formats the English message with the given arguments.</summary>
    /// <param name="arguments">The argument values, in the order of <see cref="Arguments"/>.</param>
    /// <returns>The message.</returns>
    public string FormatEnglish(IReadOnlyList<string> arguments) => Format(_en, arguments);

    /// <summary>Formats the Traditional Chinese message with the given arguments.</summary>
    /// <param name="arguments">The argument values, in the order of <see cref="Arguments"/>.</param>
    /// <returns>The message.</returns>
    public string FormatChinese(IReadOnlyList<string> arguments) => Format(_zh, arguments);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static string Format(CompositeFormat format, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new object?[Math.Max(arguments.Count, format.MinimumArgumentCount)];
        for (var i = 0; i < arguments.Count; i++)
        {
            values[i] = arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, format, values);
    }
}
