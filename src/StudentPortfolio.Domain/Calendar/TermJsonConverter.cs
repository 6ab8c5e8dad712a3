using StudentPortfolio.Identity;

namespace StudentPortfolio.Calendar;

/// <summary>Converts a <see cref="Term"/> to and from its JSON string form (<c>"114-1"</c>), also as a dictionary key.</summary>
public sealed class TermJsonConverter() : TextValueJsonConverter<Term>("a term such as 114-1");
