using System.Text.Json.Serialization;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>A consumer's source-generated context: no converter registration, national IDs masked.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(VendorRecord))]
internal sealed partial class VendorJsonContext : JsonSerializerContext
{
}
