using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace StudentPortfolio.Rules;

/// <summary>
/// The library's message catalogue: the zh-TW and English templates of every rule and the display names of
/// <see cref="DisplayNames"/>, plus per-culture replacements a vendor adds with <see cref="WithTemplate"/> and
/// <see cref="WithName"/>. A culture looks for its own replacement, then its parent's (<c>zh-TW</c> → <c>zh</c>), then
/// the library's text: Chinese for <c>zh</c> cultures, English otherwise.
/// </summary>
/// <remarks>Immutable and thread-safe; the <c>With…</c> methods return new catalogues.</remarks>
public sealed class RuleMessageCatalogue : IRuleMessageProvider
{
    private readonly ImmutableDictionary<(string Culture, string Code), string> _templates;
    private readonly ImmutableDictionary<(string Culture, string Table, string Identifier), string> _names;

    private RuleMessageCatalogue(ImmutableDictionary<(string, string), string> templates, ImmutableDictionary<(string, string, string), string> names)
    {
        _templates = templates;
        _names = names;
    }

    /// <summary>Gets the catalogue with the library's own wording only.</summary>
    public static RuleMessageCatalogue Default { get; } = new(
        ImmutableDictionary<(string, string), string>.Empty,
        ImmutableDictionary<(string, string, string), string>.Empty.WithComparers(NameKeyComparer.Instance));

    /// <summary>Returns a catalogue that uses <paramref name="template"/> for the rule <paramref name="code"/> in <paramref name="culture"/> and its sub-cultures.</summary>
    /// <param name="culture">The culture name, e.g. <c>zh-TW</c>, <c>zh</c> or <c>en</c>.</param>
    /// <param name="code">The rule code, e.g. <c>SP-Q001</c>.</param>
    /// <param name="template">The composite-format template; it may use the rule's arguments <c>{0}</c>… only.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No rule has the code.</exception>
    /// <exception cref="ArgumentException">The culture is unknown, or the template is malformed or uses an argument the rule does not have.</exception>
    public RuleMessageCatalogue WithTemplate(string culture, string code, string template)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(template);
        var rule = RuleCatalogue.Get(code);
        CompositeFormat parsed;
        try
        {
            parsed = CompositeFormat.Parse(template);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"The template for {code} is not a composite format: {ex.Message}", nameof(template), ex);
        }

        if (parsed.MinimumArgumentCount > rule.Arguments.Count)
        {
            throw new ArgumentException($"The template for {code} uses more than the rule's {rule.Arguments.Count} arguments.", nameof(template));
        }

        return new RuleMessageCatalogue(_templates.SetItem((CultureName(culture), code), template), _names);
    }

    /// <summary>Returns a catalogue that calls a term <paramref name="text"/> in <paramref name="culture"/> and its sub-cultures.</summary>
    /// <param name="culture">The culture name, e.g. <c>zh-TW</c>.</param>
    /// <param name="table">The table of <see cref="DisplayNames"/>, e.g. <c>role</c>.</param>
    /// <param name="identifier">The identifier, e.g. <c>Registrar</c>.</param>
    /// <param name="text">The name to show, e.g. <c>教務處註冊組</c>.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The culture is unknown, the term is not in <see cref="DisplayNames"/>, or <paramref name="text"/> is empty.</exception>
    public RuleMessageCatalogue WithName(string culture, string table, string identifier, string text)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (DisplayNames.Find(table, identifier) is not { } name)
        {
            throw new ArgumentException($"No term '{identifier}' in table '{table}'.", nameof(identifier));
        }

        return new RuleMessageCatalogue(_templates, _names.SetItem((CultureName(culture), table, name.Identifier), text));
    }

    /// <inheritdoc/>
    public string? FindTemplate(RuleDescriptor rule, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_templates.TryGetValue((c.Name, rule.Code), out var template))
            {
                return template;
            }
        }

        return RuleMessages.IsChinese(culture) ? rule.MessageTemplateZh : rule.MessageTemplateEn;
    }

    /// <inheritdoc/>
    public string? FindName(string table, DisplayName name, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_names.TryGetValue((c.Name, table, name.Identifier), out var text))
            {
                return text;
            }
        }

        return RuleMessages.IsChinese(culture) ? name.ZhTw : name.English;
    }

    private static string CultureName(string culture)
    {
        try
        {
            var info = RuleMessages.Culture(culture);
            return string.IsNullOrEmpty(info.Name) ? throw new ArgumentException("Use a named culture, not the invariant culture.", nameof(culture)) : info.Name;
        }
        catch (CultureNotFoundException ex)
        {
            throw new ArgumentException($"Unknown culture '{culture}'.", nameof(culture), ex);
        }
    }

    private sealed class NameKeyComparer : IEqualityComparer<(string, string, string)>
    {
        public static readonly NameKeyComparer Instance = new();

        public bool Equals((string, string, string) x, (string, string, string) y) =>
            string.Equals(x.Item1, y.Item1, StringComparison.Ordinal)
            && string.Equals(x.Item2, y.Item2, StringComparison.Ordinal)
            && string.Equals(x.Item3, y.Item3, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string, string, string) obj) =>
            HashCode.Combine(obj.Item1, obj.Item2, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item3));
    }
}
