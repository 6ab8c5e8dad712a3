using System.Text.Json.Serialization;

namespace StudentPortfolio.UnitTests.Json;

/// <summary>The masked context of the example in docs/integration.md.</summary>
[JsonSerializable(typeof(StudentRow))]
internal sealed partial class RowContext : JsonSerializerContext;
