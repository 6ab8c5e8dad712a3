using StudentPortfolio.Identity;

namespace StudentPortfolio.Portfolio;

/// <summary>Converts a <see cref="MediaType"/> to and from its JSON string form (<c>"application/pdf"</c>), also as a dictionary key.</summary>
public sealed class MediaTypeJsonConverter() : TextValueJsonConverter<MediaType>("a media type of the form type/subtype");
