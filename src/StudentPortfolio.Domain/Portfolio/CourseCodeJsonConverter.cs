using StudentPortfolio.Identity;

namespace StudentPortfolio.Portfolio;

/// <summary>Converts a <see cref="CourseCode"/> to and from its JSON string form (the 23-character code), also as a dictionary key.</summary>
public sealed class CourseCodeJsonConverter() : TextValueJsonConverter<CourseCode>("a 23-character course code");
