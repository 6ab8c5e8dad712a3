namespace StudentPortfolio.Identity;

/// <summary>Converts a <see cref="RecordId"/> to and from its JSON string form (<c>"O1"</c>), also as a dictionary key.</summary>
public sealed class RecordIdJsonConverter() : TextValueJsonConverter<RecordId>("a record id (1 to 64 letters, digits, '.', '_', ':' or '-')");
