using System.Text.Json.Serialization;
using StudentPortfolio.Identity;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>The opted-in (unmasked) context of the example in docs/integration.md.</summary>
[JsonSourceGenerationOptions(Converters = [typeof(UnmaskedNationalIdJsonConverter), typeof(UnmaskedStudentKeyJsonConverter)])]
[JsonSerializable(typeof(StudentRow))]
internal sealed partial class StoredRowContext : JsonSerializerContext;
