using System.Text.Json.Serialization.Metadata;

namespace StudentPortfolio.Json;

/// <summary>
/// The library's source-generated System.Text.Json metadata (no reflection: trimming and native AOT safe) for its
/// web-API shapes, e.g. <c>JsonSerializer.Serialize(problem, StudentPortfolioJsonTypeInfo.ValidationProblem)</c>.
/// </summary>
/// <remarks>
/// National IDs and student keys are written masked. Combine <see cref="Resolver"/> with an application's own
/// context through <c>JsonTypeInfoResolver.Combine</c>.
/// </remarks>
public static class StudentPortfolioJsonTypeInfo
{
    /// <summary>Gets the resolver for every type below, to combine with an application's own context.</summary>
    public static IJsonTypeInfoResolver Resolver => StudentPortfolioJsonContext.Default;

    /// <summary>Gets the metadata of <see cref="Json.ValidationProblem"/> (RFC 9457 problem details with rule codes).</summary>
    public static JsonTypeInfo<ValidationProblem> ValidationProblem => StudentPortfolioJsonContext.Default.ValidationProblem;

    /// <summary>Gets the metadata of the errors-by-path dictionary made by <see cref="ValidationReportJson.ToErrorDictionary"/>.</summary>
    public static JsonTypeInfo<IDictionary<string, string[]>> ErrorDictionary => StudentPortfolioJsonContext.Default.IDictionaryStringStringArray;
}
