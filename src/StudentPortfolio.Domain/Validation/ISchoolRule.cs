using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// A school's own rule (校訂檢核規則): a check a school adds to the library's rules, run on every student by
/// <see cref="PortfolioValidator"/> and by a <see cref="Bulk.BulkValidator"/> built with a policy, on the same
/// read-only <see cref="StudentView"/> in both, so both report the same issues.
/// </summary>
/// <remarks>
/// <para>
/// Register rules with <see cref="PortfolioValidationOptions.SchoolRules"/> (per run, also for the bulk path through
/// <see cref="Bulk.BulkValidationOptions.Validation"/>), with the validators' constructors, or in a dependency-injection
/// host with <c>SchoolOptions.AddRule</c> and <c>StudentPortfolioOptions.AddRule</c>. Registration refuses a rule
/// whose <see cref="Rule"/> code starts with the library's <c>SP-</c> or is registered twice; make the descriptor
/// with <see cref="RuleDescriptor.ForSchool"/>.
/// </para>
/// <para>
/// Implementations must be thread-safe (the bulk path calls one instance from several threads) and should keep no
/// reference to the view or the sink after <see cref="Check"/> returns. A rule that throws does not stop the run: its
/// issues for that student are replaced by one <c>SP-R001</c> error naming its code (<see cref="ExtensionRules.SchoolRuleFailed"/>).
/// </para>
/// </remarks>
public interface ISchoolRule
{
    /// <summary>Gets the rule's descriptor: code (not <c>SP-</c>), severity, regulation and messages; read once, at registration.</summary>
    RuleDescriptor Rule { get; }

    /// <summary>Checks one student and reports each violation to <paramref name="issues"/>.</summary>
    /// <param name="student">What the validator knows of the student.</param>
    /// <param name="issues">Where to report; each report becomes a <see cref="ValidationIssue"/> of <see cref="Rule"/> with the student, record and JSON path.</param>
    void Check(StudentView student, SchoolRuleIssues issues);
}
