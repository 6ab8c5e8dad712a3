namespace StudentPortfolio.PropertyTests.Export;

/// <summary>One damage at a position (taken modulo the length) of a document's bytes.</summary>
public sealed record Damage(DamageKind Kind, int At, int Length, byte Value)
{
    public byte[] ApplyTo(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = At % bytes.Length;
        var list = bytes.ToList();
        switch (Kind)
        {
            case DamageKind.Overwrite:
                list[at] = Value;
                break;
            case DamageKind.Delete:
                list.RemoveRange(at, Math.Min(Length, list.Count - at));
                break;
            case DamageKind.Insert:
                list.InsertRange(at, Enumerable.Repeat(Value, Length % 3 + 1));
                break;
            default:
                list.RemoveRange(at, list.Count - at);
                break;
        }

        return [.. list];
    }
}
