using System.Text.Json.Serialization;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>A consumer's source-generated context that opts in to full national IDs for its database column.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(UnmaskedNationalIdJsonConverter), typeof(UnmaskedStudentKeyJsonConverter)])]
[JsonSerializable(typeof(VendorRecord))]
internal sealed partial class VendorUnmaskedJsonContext : JsonSerializerContext
{
}
