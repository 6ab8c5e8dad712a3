namespace StudentPortfolio.Policies;

/// <summary>
/// The rule for the short description of an outcome (成果簡述) or multi-performance item (內容簡述): whether it is
/// required and how many characters it may have. Characters are counted as text elements, so one CJK ideograph
/// counts once.
/// </summary>
/// <param name="Required">Whether an empty or white-space description is an error (national: yes).</param>
/// <param name="MaxCharacters">The maximum number of characters (national: 100).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DescriptionLimit(bool Required, int MaxCharacters)
{
    /// <summary>Gets the maximum number of characters, 1 or more.</summary>
    public int MaxCharacters { get; } = MaxCharacters >= 1
        ? MaxCharacters
        : throw new ArgumentOutOfRangeException(nameof(MaxCharacters), MaxCharacters, "The maximum must be 1 or more.");
}
