namespace StudentPortfolio.Rules;

/// <summary>
/// The display names of one library term (a role, action, state, window kind, record kind, collection…): the stable
/// identifier the API and the message arguments use, and what a reader sees in Traditional Chinese and English.
/// </summary>
/// <param name="Identifier">The stable identifier, e.g. <c>CertifyOutcome</c>.</param>
/// <param name="ZhTw">The Traditional Chinese name, e.g. <c>認證課程學習成果</c>.</param>
/// <param name="English">The English name, e.g. <c>certify a course learning outcome</c>.</param>
public readonly record struct DisplayName(string Identifier, string ZhTw, string English)
{
    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Identifier;
}
