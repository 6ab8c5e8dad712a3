using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace StudentPortfolio.Rules;

/// <summary>
/// Renders rule messages through one replaceable catalogue (<see cref="Provider"/>): the template for the culture,
/// each argument by its type (<see cref="RuleDescriptor.ArgumentTypes"/>): library terms by their display names,
/// dates and times in Taipei local form (<c>2026-01-20 08:00</c>, or 民國 <c>115年1月20日 08:00</c>), everything else as
/// given. <see cref="ValidationIssue.Message"/>, <see cref="ValidationIssue.MessageZh"/> and
/// <see cref="ValidationIssue.GetMessage(CultureInfo?, MessageOptions?)"/> all go through it.
/// </summary>
/// <remarks>Thread-safe; <see cref="Provider"/> is read on every render.</remarks>
public static class RuleMessages
{
    private static readonly DateTimeZone Taipei = DateTimeZoneProviders.Tzdb["Asia/Taipei"];
    internal static readonly CultureInfo ZhTw = Culture("zh-TW");
    private static IRuleMessageProvider _provider = RuleMessageCatalogue.Default;

    /// <summary>Gets or sets the catalogue used when <see cref="MessageOptions.Provider"/> is not set; default <see cref="RuleMessageCatalogue.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public static IRuleMessageProvider Provider
    {
        get => Volatile.Read(ref _provider);
        set => Volatile.Write(ref _provider, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Renders a message of <paramref name="rule"/> with its stable arguments.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="arguments">The arguments, in the order of <see cref="RuleDescriptor.Arguments"/>.</param>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="MessageOptions.Default"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="arguments"/> is <see langword="null"/>.</exception>
    public static string Format(RuleDescriptor rule, IReadOnlyList<string> arguments, CultureInfo? culture = null, MessageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(arguments);
        culture ??= CultureInfo.CurrentUICulture;
        options ??= MessageOptions.Default;
        var provider = options.Provider ?? Provider;
        var template = provider.FindTemplate(rule, culture) ?? (IsChinese(culture) ? rule.MessageTemplateZh : rule.MessageTemplateEn);
        var values = new object?[Math.Max(Math.Max(arguments.Count, rule.Arguments.Count), 1)];
        for (var i = 0; i < arguments.Count; i++)
        {
            values[i] = Render(i < rule.ArgumentTypes.Count ? rule.ArgumentTypes[i] : RuleDescriptor.DataType, arguments[i], culture, options.DateStyle, provider);
        }

        for (var i = arguments.Count; i < values.Length; i++)
        {
            values[i] = string.Empty;
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, template, values);
        }
        catch (FormatException)
        {
            return string.Format(CultureInfo.InvariantCulture, IsChinese(culture) ? rule.MessageTemplateZh : rule.MessageTemplateEn, values);
        }
    }

    /// <summary>Renders one argument value of the given type (see <see cref="RuleDescriptor.ArgumentTypes"/>) for a reader.</summary>
    /// <param name="type">The argument type, e.g. <c>instant</c> or <c>name:action</c>.</param>
    /// <param name="value">The stable argument value.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="MessageOptions.Default"/>.</param>
    /// <returns>What the reader sees.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    public static string RenderArgument(string type, string value, CultureInfo culture, MessageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(culture);
        options ??= MessageOptions.Default;
        return Render(type, value, culture, options.DateStyle, options.Provider ?? Provider);
    }

    internal static bool IsChinese(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" || culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns a named culture, also in globalization-invariant mode (common in trimmed and AOT apps), where only a
    /// culture with the name and invariant data can be had: messages only need the name.
    /// </summary>
    internal static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return new NamedInvariantCulture(name);
        }
    }

    /// <summary>In globalization-invariant mode: invariant data under a culture's name, enough to pick a message language.</summary>
    private sealed class NamedInvariantCulture(string name) : CultureInfo(string.Empty)
    {
        public override string Name => name;

        public override string TwoLetterISOLanguageName => name.Length >= 2 ? name[..2].ToLowerInvariant() : name;
    }

    private static string Render(string type, string value, CultureInfo culture, MessageDateStyle style, IRuleMessageProvider provider)
    {
        switch (type)
        {
            case RuleDescriptor.DataType:
                return value;
            case RuleDescriptor.DateType:
                return LocalDatePattern.Iso.Parse(value) is { Success: true } date ? Date(date.Value, style) : value;
            case RuleDescriptor.InstantType:
                return ParseInstant(value) is { } instant ? DateTime(instant.InZone(Taipei).LocalDateTime, style) : value;
        }

        if (type.StartsWith(RuleDescriptor.NamesPrefix, StringComparison.Ordinal))
        {
            var table = type[RuleDescriptor.NamesPrefix.Length..];
            var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? value : string.Join(IsChinese(culture) ? "、" : ", ", parts.Select(p => Name(table, p, culture, provider)));
        }

        return type.StartsWith(RuleDescriptor.NamePrefix, StringComparison.Ordinal) ? Name(type[RuleDescriptor.NamePrefix.Length..], value, culture, provider) : value;
    }

    private static string Name(string table, string identifier, CultureInfo culture, IRuleMessageProvider provider) =>
        DisplayNames.Find(table, identifier) is { } name
            ? provider.FindName(table, name, culture) ?? (IsChinese(culture) ? name.ZhTw : name.English)
            : identifier;

    private static Instant? ParseInstant(string value)
    {
        if (InstantPattern.ExtendedIso.Parse(value) is { Success: true } utc)
        {
            return utc.Value;
        }

        foreach (var pattern in OffsetPatterns)
        {
            if (pattern.Parse(value) is { Success: true } offset)
            {
                return offset.Value.ToInstant();
            }
        }

        return null;
    }

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static string Date(LocalDate date, MessageDateStyle style) =>
        style == MessageDateStyle.Roc
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year - 1911}年{date.Month}月{date.Day}日")
            : LocalDatePattern.Iso.Format(date);

    private static string DateTime(LocalDateTime at, MessageDateStyle style)
    {
        var sb = new StringBuilder(Date(at.Date, style));
        sb.Append(' ').Append(at.Hour.ToString("00", CultureInfo.InvariantCulture)).Append(':').Append(at.Minute.ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
