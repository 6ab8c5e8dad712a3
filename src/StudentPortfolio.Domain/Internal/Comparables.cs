namespace StudentPortfolio.Internal;

/// <summary>The non-generic <see cref="IComparable"/> half shared by the ordered value types.</summary>
internal static class Comparables
{
    /// <summary>Compares <paramref name="self"/> with a boxed value: null sorts first, another type is an argument error.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    public static int CompareTo<T>(T self, object? obj)
        where T : struct, IComparable<T> => obj switch
        {
            null => 1,
            T other => self.CompareTo(other),
            _ => throw new ArgumentException($"Object must be of type {typeof(T).Name}.", nameof(obj)),
        };
}
