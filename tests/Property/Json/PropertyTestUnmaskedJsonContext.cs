using System.Text.Json.Serialization;
using StudentPortfolio.Identity;

namespace StudentPortfolio.PropertyTests.Json;

/// <summary>A consumer's source-generated context that opts in to full national IDs.</summary>
[JsonSourceGenerationOptions(Converters = [typeof(UnmaskedNationalIdJsonConverter), typeof(UnmaskedStudentKeyJsonConverter)])]
[JsonSerializable(typeof(StudentKey))]
internal sealed partial class PropertyTestUnmaskedJsonContext : JsonSerializerContext
{
}
