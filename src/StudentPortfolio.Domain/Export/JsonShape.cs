using System.Text;
using System.Text.Json;

namespace StudentPortfolio.Export;

/// <summary>The property names of one object of the submission shape, in written order, as UTF-16 and UTF-8.</summary>
internal sealed class JsonShape
{
    private readonly byte[][] _utf8;

    public JsonShape(string name, params string[] properties)
    {
        Name = name;
        Properties = properties;
        _utf8 = properties.Select(Encoding.UTF8.GetBytes).ToArray();
        if (properties.Length > 31)
        {
            throw new ArgumentException("At most 31 properties per object.", nameof(properties));
        }
    }

    /// <summary>Gets the name of the object in the schema's <c>$defs</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Properties { get; }

    public int AllMask => (1 << Properties.Count) - 1;

    /// <summary>Returns the index of the property the reader is on, or -1; <paramref name="expected"/> is tried first.</summary>
    public int Match(ref Utf8JsonReader reader, int expected)
    {
        if (!reader.ValueIsEscaped && (uint)expected < (uint)_utf8.Length && reader.ValueSpan.SequenceEqual(_utf8[expected]))
        {
            return expected;
        }

        return Match(ref reader);
    }

    /// <summary>Returns the index of the property the reader is on, or -1.</summary>
    public int Match(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return MatchCore(ref reader);
        }

        try
        {
            return MatchCore(ref reader);
        }
        catch (InvalidOperationException)
        {
            // ValueTextEquals: the name escapes an unpaired surrogate, so it is no property of the format.
            return -1;
        }
    }

    private int MatchCore(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public int Mask(params string[] names)
    {
        var mask = 0;
        foreach (var n in names)
        {
            var i = Array.IndexOf((string[])Properties, n);
            mask |= i >= 0 ? 1 << i : throw new ArgumentException($"No property {n} in {Name}.", nameof(names));
        }

        return mask;
    }
}
