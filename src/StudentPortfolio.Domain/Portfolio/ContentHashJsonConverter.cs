using StudentPortfolio.Identity;

namespace StudentPortfolio.Portfolio;

/// <summary>Converts a <see cref="ContentHash"/> to and from its JSON string form (64 hexadecimal digits), also as a dictionary key.</summary>
public sealed class ContentHashJsonConverter() : TextValueJsonConverter<ContentHash>("a SHA-256 content hash (64 hexadecimal digits)");
