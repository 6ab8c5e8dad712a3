namespace StudentPortfolio.Rules;

/// <summary>Options for rendering a rule message: the date style and the message catalogue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MessageOptions
{
    /// <summary>Gets the default options: Gregorian dates and <see cref="RuleMessages.Provider"/>.</summary>
    public static MessageOptions Default { get; } = new();

    /// <summary>Gets how dates and times appear; default <see cref="MessageDateStyle.Gregorian"/>.</summary>
    public MessageDateStyle DateStyle { get; init; } = MessageDateStyle.Gregorian;

    /// <summary>Gets the catalogue to use; <see langword="null"/> means <see cref="RuleMessages.Provider"/>.</summary>
    public IRuleMessageProvider? Provider { get; init; }
}
