using NodaTime;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// The autobiography and study plan (自傳/學習計畫) a student enters when applying to university or college.
/// </summary>
/// <param name="CareerPlan">The career plan (生涯規劃).</param>
/// <param name="SelfExpectation">The self-expectation (自我期許).</param>
/// <param name="Strengths">Strengths (專長).</param>
/// <param name="Interests">Interests (興趣).</param>
/// <param name="EnteredAt">When it was entered, if known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Autobiography(string CareerPlan, string SelfExpectation, string Strengths, string Interests, Instant? EnteredAt = null);
