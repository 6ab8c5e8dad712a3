using System.Globalization;

namespace StudentPortfolio.Rules;

/// <summary>
/// Where rule messages get their wording: the template of a rule and the display names of the library's terms, per
/// culture. The rule code and the message arguments never change; a provider only changes the words around them.
/// Return <see langword="null"/> to fall back to the library's own zh-TW or English text.
/// </summary>
/// <remarks>
/// <see cref="RuleMessageCatalogue"/> is the library's implementation, extendable per culture. Implementations must
/// be thread-safe.
/// </remarks>
public interface IRuleMessageProvider
{
    /// <summary>Returns the composite-format template of <paramref name="rule"/> for <paramref name="culture"/>, or <see langword="null"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The template (<c>{0}</c>… as in <see cref="RuleDescriptor.Arguments"/>), or <see langword="null"/>.</returns>
    string? FindTemplate(RuleDescriptor rule, CultureInfo culture);

    /// <summary>Returns the display name of a library term for <paramref name="culture"/>, or <see langword="null"/>.</summary>
    /// <param name="table">The table of <see cref="DisplayNames"/>, e.g. <c>action</c>.</param>
    /// <param name="name">The term.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    string? FindName(string table, DisplayName name, CultureInfo culture);
}
