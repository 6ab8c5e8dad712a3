using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Export;

/// <summary>
/// The source-generated System.Text.Json metadata of the multi-performance <c>details</c> objects the writer emits
/// (no reflection: trimming and AOT safe): the category records' properties in declaration order, camelCase, nulls
/// written, dates ISO, cadre levels by name, and without the <c>Category</c> property (the item carries it).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CadreDetails))]
[JsonSerializable(typeof(CompetitionDetails))]
[JsonSerializable(typeof(CertificateDetails))]
[JsonSerializable(typeof(ServiceLearningDetails))]
[JsonSerializable(typeof(FlexibleLearningDetails))]
[JsonSerializable(typeof(GroupActivityDetails))]
[JsonSerializable(typeof(WorkplaceLearningDetails))]
[JsonSerializable(typeof(WorkDetails))]
[JsonSerializable(typeof(AdvancedCourseDetails))]
[JsonSerializable(typeof(OtherPerformanceDetails))]
internal sealed partial class DetailsJsonContext : JsonSerializerContext
{
    private static JsonSerializerOptions? _writerOptions;

    /// <summary>Gets the options the writer serialises details with (built on first use, after <c>Default</c> exists).</summary>
    public static JsonSerializerOptions WriterOptions => _writerOptions ??= CreateWriterOptions();

    private static JsonSerializerOptions CreateWriterOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = Default.WithAddedModifier(static info =>
            {
                for (var i = info.Properties.Count - 1; i >= 0; i--)
                {
                    if (info.Properties[i].Name == "category")
                    {
                        info.Properties.RemoveAt(i);
                    }
                }
            }),
        };
        options.Converters.Add(new IsoLocalDateJsonConverter());
        options.Converters.Add(new CadreLevelJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
