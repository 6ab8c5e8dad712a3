using StudentPortfolio.Rules;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StudentPortfolio.UnitTests.Rules;

/// <summary>
/// Finds English identifiers in a rendered zh-TW message.
/// </summary>
/// <remarks>
/// <para>
/// <b>Data, not identifiers.</b> Arguments typed <c>data</c> (<see cref="RuleDescriptor.ArgumentTypes"/>) quote the
/// school's data or input: rule codes, record ids, staff ids, course and school codes, numbers, terms (<c>114-1</c>),
/// masked national IDs, file names, JSON paths and values from the input file, content hashes, policy ids, and text a
/// person wrote (reasons). Their text is cut out of the message before it is scanned.
/// </para>
/// <para>
/// <b>An English identifier</b> is then any run of ASCII letters and digits that (1) has a lowercase letter directly
/// followed by an uppercase one (<c>CertifyOutcome</c>, <c>courseRecord</c>, <c>contentKinds</c>), or (2) equals, ignoring
/// case, a member name of a public enum of the library or an identifier of <see cref="DisplayNames"/> (<c>Student</c>,
/// <c>Uploaded</c>, <c>cadre</c>, <c>outcomes</c>). All-capital acronyms such as <c>JSON</c> and <c>UTF</c> are not
/// identifiers. Besides, a <c>name:</c>/<c>names:</c> argument shown as its raw identifier (no display name) and a
/// <c>date</c>/<c>instant</c> argument shown in ISO form with <c>T</c>, <c>Z</c> or an offset are leaks.
/// </para>
/// </remarks>
internal static partial class MessageLeaks
{
    private static readonly CultureInfo ZhTw = CultureInfo.GetCultureInfo("zh-TW");

    private static readonly HashSet<string> Vocabulary = BuildVocabulary();

    public static IReadOnlyList<string> Find(ValidationIssue issue, MessageOptions? options = null)
    {
        var message = issue.GetMessage(ZhTw, options);
        var leaks = new List<string>();
        var text = message;
        var data = new List<string>();
        for (var i = 0; i < issue.Arguments.Count; i++)
        {
            var type = i < issue.Rule.ArgumentTypes.Count ? issue.Rule.ArgumentTypes[i] : "data";
            var raw = issue.Arguments[i];
            var shown = RuleMessages.RenderArgument(type, raw, ZhTw, options);
            if (type == "data")
            {
                data.Add(raw);
            }
            else if (type.StartsWith("name", StringComparison.Ordinal) && Words().IsMatch(shown) && shown == raw)
            {
                leaks.Add($"argument {i} ({type}) shown as its identifier '{raw}'");
            }
            else if (type is "date" or "instant" && IsoMarks().IsMatch(shown))
            {
                leaks.Add($"argument {i} ({type}) shown in ISO form '{shown}'");
            }
        }

        foreach (var value in data.Where(v => v.Length > 0).OrderByDescending(v => v.Length))
        {
            text = text.Replace(value, " ", StringComparison.Ordinal);
        }

        foreach (Match word in Words().Matches(text))
        {
            if (IsIdentifier(word.Value))
            {
                leaks.Add($"identifier '{word.Value}'");
            }
        }

        return leaks;
    }

    public static bool IsIdentifier(string word) =>
        CamelHump().IsMatch(word) || (word.Any(char.IsLower) && Vocabulary.Contains(word));

    private static HashSet<string> BuildVocabulary()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(ValidationIssue).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            words.UnionWith(Enum.GetNames(type));
        }

        foreach (var table in DisplayNames.TableNames)
        {
            words.UnionWith(DisplayNames.In(table).Select(n => n.Identifier));
        }

        return words;
    }

    [GeneratedRegex("[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex Words();

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"\dT\d{2}:|:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2})")]
    private static partial Regex IsoMarks();
}
