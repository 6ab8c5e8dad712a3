using System.Globalization;
using System.Text;

namespace StudentPortfolio.Export;

/// <summary>Tracks the JSON path of the value being read; renders it only when an error needs it.</summary>
internal sealed class JsonPathBuilder
{
    private const int MaxShownNameLength = 64;
    private readonly List<(string? Name, int Index)> _segments = [];

    public int Depth => _segments.Count;

    public void Push(string name) => _segments.Add((name, -1));

    public void Push(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public void Reset() => _segments.Clear();

    public void TruncateTo(int depth)
    {
        if (_segments.Count > depth)
        {
            _segments.RemoveRange(depth, _segments.Count - depth);
        }
    }

    public string Render(string? leaf = null)
    {
        var sb = new StringBuilder("$");
        foreach (var (name, index) in _segments)
        {
            Append(sb, name, index);
        }

        if (leaf is not null)
        {
            Append(sb, leaf, -1);
        }

        return sb.ToString();
    }

    public static string Child(string parent, string name)
    {
        var sb = new StringBuilder(parent);
        Append(sb, name, -1);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string? name, int index)
    {
        if (name is null)
        {
            sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            return;
        }

        // A property name shaped like a national ID, or containing one (e.g. students keyed by ID), is personal
        // data: mask it.
        if (LooksLikeNationalId(name))
        {
            name = Identity.NationalId.Mask(name);
        }
        else if (name.Length > 10)
        {
            name = Internal.ErrorText.Mask(name);
        }

        if (IsIdentifier(name))
        {
            sb.Append('.').Append(name);
            return;
        }

        var shown = name.Length <= MaxShownNameLength ? name : string.Concat(name.AsSpan(0, MaxShownNameLength), "…");
        sb.Append("['").Append(shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || name.Length > MaxShownNameLength || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeNationalId(string name)
    {
        var s = name.AsSpan().Trim();
        if (s.Length != 10 || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }

        foreach (var c in s[2..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
