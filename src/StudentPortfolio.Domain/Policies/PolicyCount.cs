using System.Text.Json.Serialization;

namespace StudentPortfolio.Policies;

/// <summary>A count in a policy file that may be given as <c>null</c> ("no limit"), told apart from a missing field (inherit).</summary>
[JsonConverter(typeof(PolicyCountConverter))]
internal sealed record PolicyCount(long? Value);
