using System.Text;
using StudentPortfolio.Rules;

namespace StudentPortfolio.UnitTests.Validation;

/// <summary>Renders the rule catalogue as the markdown table in docs/rules.md.</summary>
internal static class RuleCatalogueMarkdown
{
    public static string Render(IEnumerable<RuleDescriptor> rules)
    {
        var sb = new StringBuilder();
        sb.Append("# Rule catalogue\n\n");
        sb.Append("<!-- Generated from RuleCatalogue.All by tests/Unit/Validation/RuleCatalogueTests.cs. Do not edit by hand:\n");
        sb.Append("     run `UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj`. -->\n\n");
        sb.Append("Every rule the library checks. Codes are stable and never change meaning. `{0}`, `{1}`… in the messages are\n");
        sb.Append("the arguments listed in the last column (also available as `ValidationIssue.Arguments`). A policy can lower the\n");
        sb.Append("severity of a minimum-upload rule (`minSeverity`); all other severities are fixed.\n\n");
        sb.Append("Messages are rendered through one catalogue, `RuleMessages.Provider` (default `RuleMessageCatalogue.Default`). An\n");
        sb.Append("argument's type, in brackets after its name, decides how it is shown: `date` and `instant` in Taipei local form\n");
        sb.Append("(`2026-01-20 08:00`; 民國 `115年1月20日 08:00` with `MessageOptions.DateStyle = MessageDateStyle.Roc`), `name:TABLE`\n");
        sb.Append("and `names:TABLE` by the zh-TW or English display name from `DisplayNames`; all others (record ids, codes, numbers,\n");
        sb.Append("terms, masked IDs, file names, JSON paths, input values) as given. `ValidationIssue.Arguments` keeps the stable\n");
        sb.Append("values. A vendor changes wording per culture without forking: `RuleMessageCatalogue.Default.WithTemplate(\"zh-TW\",\n");
        sb.Append("\"SP-F001\", \"…{0}…\")` or `.WithName(\"zh-TW\", \"role\", \"HomeroomTeacher\", \"班級導師\")`, passed in `MessageOptions.Provider`\n");
        sb.Append("or set as `RuleMessages.Provider`, or implements `IRuleMessageProvider`.\n\n");
        sb.Append("A school's own rules (`ISchoolRule`, with codes of the school's prefix from `RuleDescriptor.ForSchool`, never\n");
        sb.Append("`SP-`) are not in this catalogue; see [integration.md](integration.md#a-schools-own-rules-校訂檢核規則). A school\n");
        sb.Append("rule that throws is reported as `SP-R001`.\n\n");
        sb.Append("| Code | Severity | Regulation | zh-TW message | English message | Arguments |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            sb.Append("| ").Append(rule.Code)
              .Append(" | ").Append(rule.Severity == Severity.Error ? "error" : "warning")
              .Append(" | ").Append(Escape(rule.Regulation))
              .Append(" | ").Append(Escape(rule.MessageTemplateZh))
              .Append(" | ").Append(Escape(rule.MessageTemplateEn))
              .Append(" | ").Append(string.Join(", ", rule.Arguments.Select((a, i) => rule.ArgumentTypes[i] == "data" ? $"{{{i}}} {a}" : $"{{{i}}} {a} [{rule.ArgumentTypes[i]}]")))
              .Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
