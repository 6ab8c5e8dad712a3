namespace StudentPortfolio.Identity;

/// <summary>Converts a <see cref="SchoolCode"/> to and from its JSON string form (<c>"041305"</c>), also as a dictionary key.</summary>
public sealed class SchoolCodeJsonConverter() : TextValueJsonConverter<SchoolCode>("a six-character school code");
