namespace StudentPortfolio.Rules;

/// <summary>
/// How many issues of one rule and severity were dropped once an issue cap was reached. Reports and summaries keep
/// these counts so the totals stay exact while the issues themselves are not materialised.
/// </summary>
internal readonly record struct DroppedIssues(RuleDescriptor Rule, Severity Severity, int Count)
{
    /// <summary>Adds <paramref name="count"/> issues of <paramref name="rule"/> at <paramref name="severity"/> to <paramref name="counts"/>.</summary>
    public static void Add(List<DroppedIssues> counts, RuleDescriptor rule, Severity severity, int count)
    {
        // Few distinct rules ever reach a cap: a linear search is cheaper than a dictionary here.
        for (var i = 0; i < counts.Count; i++)
        {
            if (ReferenceEquals(counts[i].Rule, rule) && counts[i].Severity == severity)
            {
                counts[i] = counts[i] with { Count = checked(counts[i].Count + count) };
                return;
            }
        }

        counts.Add(new DroppedIssues(rule, severity, count));
    }

    /// <summary>The counts by rule code, sorted by code.</summary>
    public static IReadOnlyDictionary<string, int> ByCode(IEnumerable<DroppedIssues> counts)
    {
        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in counts)
        {
            byCode[d.Rule.Code] = byCode.GetValueOrDefault(d.Rule.Code) + d.Count;
        }

        return byCode;
    }
}
