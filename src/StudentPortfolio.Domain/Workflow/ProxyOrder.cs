namespace StudentPortfolio.Workflow;

/// <summary>The turn rule shared by course and office proxy lists (代理人名單及代理順位).</summary>
internal static class ProxyOrder
{
    /// <summary>Checks the proxies and returns them as a list; a proxy must be non-empty, not the holder, and listed once.</summary>
    public static string[] Check(string holder, IEnumerable<string> proxies, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentNullException.ThrowIfNull(proxies, paramName);
        var list = proxies.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal) { holder };
        foreach (var proxy in list)
        {
            if (string.IsNullOrWhiteSpace(proxy) || !seen.Add(proxy))
            {
                throw new ArgumentException($"Proxy '{proxy}' is empty, the holder, or listed twice.", paramName);
            }
        }

        return list;
    }

    /// <summary>Who acts now: the holder when available, else the first available proxy, else nobody.</summary>
    public static string? Current(string holder, IReadOnlyList<string> proxies, StaffAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return availability.IsAvailable(holder) ? holder : proxies.FirstOrDefault(availability.IsAvailable);
    }

    /// <summary>The holder or an earlier proxy who is still available and so comes before the proxy at <paramref name="position"/>, if any.</summary>
    public static string? AvailableBefore(string holder, IReadOnlyList<string> proxies, int position, StaffAvailability availability) =>
        availability.IsAvailable(holder) ? holder : proxies.Take(position).FirstOrDefault(availability.IsAvailable);
}
