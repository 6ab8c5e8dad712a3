namespace StudentPortfolio.Rules;

/// <summary>
/// Collects the issues created on the current async flow while a collector is set (never in production use: it is
/// unset unless a caller sets it). The message tests use it to render every issue the library's own code paths create.
/// </summary>
internal static class IssueObserver
{
    private static readonly AsyncLocal<List<ValidationIssue>?> Sink = new();

    /// <summary>Gets or sets the collector of the current async flow.</summary>
    public static List<ValidationIssue>? Collector
    {
        get => Sink.Value;
        set => Sink.Value = value;
    }

    public static void Observe(ValidationIssue issue)
    {
        var collector = Sink.Value;
        if (collector is not null)
        {
            lock (collector)
            {
                collector.Add(issue);
            }
        }
    }
}
