using StudentPortfolio.Identity;

namespace StudentPortfolio.Calendar;

/// <summary>Converts a <see cref="AcademicYear"/> to and from its JSON string form (<c>"114"</c>), also as a dictionary key.</summary>
public sealed class AcademicYearJsonConverter() : TextValueJsonConverter<AcademicYear>("an academic year such as 114");
