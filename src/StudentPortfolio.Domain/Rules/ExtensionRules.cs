namespace StudentPortfolio.Rules;

/// <summary>
/// Rules about the extension points: a school's own rules (校訂檢核規則, <see cref="Validation.ISchoolRule"/>) run
/// in both validation paths, and a school rule that fails is reported here rather than aborting the run. Codes
/// <c>SP-R…</c>.
/// </summary>
public static class ExtensionRules
{
    /// <summary>
    /// SP-R001: a school rule threw an exception on a student. The rule's own issues for that student are dropped (they
    /// may be incomplete) and this error is reported in their place, so a report with it is never valid: a student is
    /// not passed with a school rule unchecked, and a bulk run goes on with the next student. Only the exception's type
    /// is given, not its message, which could quote personal data.
    /// </summary>
    public static RuleDescriptor SchoolRuleFailed { get; } = new(
        "SP-R001", Severity.Error, "StudentPortfolio school-rule extension point",
        "校訂檢核規則 {0} 執行失敗（{1}），此學生未完成該規則之檢核",
        "School rule {0} failed ({1}); the student was not checked against it",
        "ruleCode", "exceptionType");

    /// <summary>Gets every rule of the group.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [SchoolRuleFailed];
}
