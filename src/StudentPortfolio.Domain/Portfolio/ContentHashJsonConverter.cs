namespace StudentPortfolio.Portfolio;

/// <summary>Converts a <see cref="ContentHash"/> to and from its JSON string form (64 hexadecimal digits), also as a dictionary key.</summary>
public sealed class ContentHashJsonConverter : TextValueJsonConverter<ContentHash>
{
    /// <summary>Creates the converter.</summary>
    public ContentHashJsonConverter()
        : base("a SHA-256 content hash (64 hexadecimal digits)")
    {
    }
}
