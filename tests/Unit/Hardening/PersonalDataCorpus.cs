using System.Collections;
using System.Reflection;

namespace StudentPortfolio.UnitTests.Hardening;

/// <summary>
/// Collects every text the library produced during a test (messages, exception texts, <c>ToString</c> of every
/// object reachable from the results) and finds national IDs in it.
/// </summary>
internal sealed class PersonalDataCorpus
{
    private static readonly HashSet<string> MessageProperties = new(StringComparer.Ordinal) { "Message", "MessageZh", "Path", "Detail", "Reason" };
    private readonly List<(string Source, string Text)> _texts = [];
    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

    public HashSet<Type> PublicTypesSeen { get; } = [];

    public int Count => _texts.Count;

    public void AddText(string source, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _texts.Add((source, text));
        }
    }

    public void AddException(string source, Exception e)
    {
        AddText(source + " message", e.Message);
        AddText(source + " ToString", e.ToString());
        Walk(source, e, 0);
    }

    /// <summary>Calls ToString on the object and on everything reachable through public properties and sequences.</summary>
    public void Walk(string source, object? value, int depth = 0)
    {
        if (value is null || depth > 7 || value is string || value is Type || value is MemberInfo || value is Delegate || value is Stream)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal)
        {
            return;
        }

        if (!type.IsValueType && !_visited.Add(value))
        {
            return;
        }

        if (type.Assembly == typeof(StudentPortfolio.Identity.NationalId).Assembly && type.IsPublic)
        {
            PublicTypesSeen.Add(type);
        }

        AddText($"{source} ({type.Name}.ToString)", value.ToString());
        if (value is IEnumerable sequence)
        {
            var n = 0;
            foreach (var item in sequence)
            {
                if (n++ >= 64)
                {
                    break;
                }

                Walk(source + "[]", item, depth + 1);
            }
        }

        if (type.Namespace?.StartsWith("StudentPortfolio", StringComparison.Ordinal) != true && value is not Exception)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "TargetSite" or "StackTrace" or "Data")
            {
                continue;
            }

            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            if (child is string s)
            {
                if (MessageProperties.Contains(property.Name))
                {
                    AddText($"{source}.{property.Name}", s);
                }
            }
            else
            {
                Walk($"{source}.{property.Name}", child, depth + 1);
            }
        }
    }

    /// <summary>Returns where each of the given strings occurs.</summary>
    public IReadOnlyList<string> Find(IEnumerable<string> secrets)
    {
        var hits = new List<string>();
        foreach (var secret in secrets)
        {
            foreach (var (source, text) in _texts)
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                {
                    var masked = $"{secret[..3]}****{secret[7..]}";
                    var at = text.IndexOf(secret, StringComparison.Ordinal);
                    var excerpt = text.Substring(Math.Max(0, at - 80), Math.Min(text.Length - Math.Max(0, at - 80), 200));
                    hits.Add($"{masked} in {source}: {excerpt.Replace(secret, masked, StringComparison.Ordinal)}");
                    break;
                }
            }
        }

        return hits;
    }
}
