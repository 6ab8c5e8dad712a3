using System.Text.Json.Serialization;

namespace StudentPortfolio.Json;

/// <summary>
/// The source-generated System.Text.Json context (no reflection: trimming and native AOT safe) behind
/// <see cref="StudentPortfolioJsonTypeInfo"/>. National IDs and student keys are written masked.
/// </summary>
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(IDictionary<string, string[]>))]
internal sealed partial class StudentPortfolioJsonContext : JsonSerializerContext
{
}
