using System.Text;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Samples.Validator;

/// <summary>A rule's message template with its placeholders named, as a title for the summary table.</summary>
internal static class RuleTitles
{
    public static string Of(string code, bool chinese)
    {
        if (!RuleCatalogue.TryGet(code, out var rule))
        {
            return code;
        }

        var template = chinese ? rule.MessageTemplateZh : rule.MessageTemplateEn;
        var title = new StringBuilder(template);
        for (var i = 0; i < rule.Arguments.Count; i++)
        {
            title.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", "<" + rule.Arguments[i] + ">");
        }

        return title.ToString();
    }
}
