using System.Text.Json.Serialization;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.PropertyTests.Json;

/// <summary>A consumer's source-generated context: the value types need no registration.</summary>
[JsonSerializable(typeof(MediaFile))]
internal sealed partial class PropertyTestJsonContext : JsonSerializerContext
{
}
