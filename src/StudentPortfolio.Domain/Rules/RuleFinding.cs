using StudentPortfolio.Identity;

namespace StudentPortfolio.Rules;

/// <summary>
/// A rule violation found by one of the check functions, before it is tied to a student and a path prefix. The
/// object-graph validator and the streaming validator both turn findings into <see cref="ValidationIssue"/>s.
/// </summary>
/// <param name="Rule">The rule violated.</param>
/// <param name="Path">The path relative to the student, starting with <c>$</c>, e.g. <c>$.outcomes[1].description</c>.</param>
/// <param name="RecordId">The record, if the finding is about one.</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Severity">The severity when it differs from the rule's (e.g. a policy's minimum severity).</param>
internal readonly record struct RuleFinding(RuleDescriptor Rule, string Path, RecordId? RecordId, string[] Arguments, Severity? Severity = null)
{
    /// <summary>Turns the finding into an issue, replacing the leading <c>$</c> of the path with <paramref name="pathPrefix"/>.</summary>
    public ValidationIssue ToIssue(StudentKey? student, string pathPrefix)
    {
        var path = pathPrefix == "$" ? Path : string.Concat(pathPrefix, Path.AsSpan(1));
        return new ValidationIssue(Rule, student, RecordId, path, Arguments, Severity);
    }
}
