using System.Text;
using System.Text.Json;
using StudentPortfolio.Export;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>The shipped schemas and the data dictionary are generated from the field table (<see cref="SubmissionFields"/>).</summary>
public class FieldTableTests
{
    private const string Regenerate = "Regenerate it with: UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj";

    [Theory]
    [InlineData("submission")]
    [InlineData("exchange-package")]
    public void Shipped_schema_is_the_one_generated_from_the_field_table(string name)
    {
        var expected = name == "submission" ? SchemaGenerator.Submission() : SchemaGenerator.ExchangePackage();
        var path = RepositoryFiles.PathOf("src/StudentPortfolio.Domain/Export/Schema/" + name + ".schema.json");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.True(expected == File.ReadAllText(path), $"{name}.schema.json is out of date with the field table. {Regenerate}");
    }

    [Fact]
    public void Data_dictionary_in_export_format_md_is_the_one_generated_from_the_field_table()
    {
        var path = RepositoryFiles.PathOf("docs/export-format.md");
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = DataDictionaryMarkdown.Splice(actual, "data dictionary", DataDictionaryMarkdown.Submission());
        expected = DataDictionaryMarkdown.Splice(expected, "exchange package", DataDictionaryMarkdown.ExchangePackage());
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            actual = expected;
        }

        Assert.True(expected == actual, $"The data dictionary in docs/export-format.md is out of date with the field table. {Regenerate}");
    }

    [Fact]
    public void Writer_writes_every_object_with_the_table_s_properties_in_the_table_s_order()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf(SampleSubmission.GoldenPath)));
        var objects = CheckOrder(golden.RootElement, SubmissionFields.Document);
        using var package = JsonDocument.Parse(ExchangePackageFile.ToUtf8Bytes(StudentPortfolio.Enrollment.ExchangePackage.Export(SampleSubmission.Portfolios()[0], SampleSubmission.Header.GeneratedAt)));
        objects += CheckOrder(package.RootElement, SubmissionFields.ExchangePackage);
        Assert.True(objects > 50, $"only {objects} objects checked");
    }

    [Fact]
    public void Details_table_lists_each_details_record_s_constructor_parameters_in_order_with_their_kinds()
    {
        foreach (var spec in DetailsFields.All)
        {
            var type = typeof(PerformanceDetails).Assembly.GetTypes().Single(t => t.BaseType == typeof(PerformanceDetails)
                && ((PerformanceDetails)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(t)).Category == spec.Category);
            var parameters = type.GetConstructors().Single().GetParameters();
            Assert.Equal(parameters.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)), spec.Fields.Select(f => f.Name));
            foreach (var (p, f) in parameters.Zip(spec.Fields))
            {
                var kind = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
                Assert.Equal(KindOf(kind), f.Kind);
            }
        }
    }

    private static FieldKind KindOf(Type type) =>
        type == typeof(string) ? FieldKind.String
        : type == typeof(NodaTime.LocalDate) ? FieldKind.Date
        : type == typeof(decimal) ? FieldKind.Decimal
        : type == typeof(int) ? FieldKind.Integer
        : type == typeof(StudentPortfolio.Calendar.Term) ? FieldKind.Term
        : type == typeof(bool) ? FieldKind.Boolean
        : type == typeof(CadreLevel) ? FieldKind.Enum
        : throw new InvalidOperationException(type.Name);

    private static int CheckOrder(JsonElement element, ObjectSpec spec)
    {
        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        var expected = spec.Fields.Select(f => f.Name).Where(names.Contains).ToList();
        Assert.Equal(expected, names);
        Assert.All(spec.Fields.Where(f => f.ContentKind is null), f => Assert.Contains(f.Name, names));
        var count = 1;
        foreach (var f in spec.Fields.Where(f => element.TryGetProperty(f.Name, out _)))
        {
            var value = element.GetProperty(f.Name);
            if (f.Kind == FieldKind.Object && value.ValueKind == JsonValueKind.Object)
            {
                count += CheckOrder(value, SubmissionFields.Object(f.Of!));
            }
            else if (f.Kind == FieldKind.Array && f.Items!.Of is { } of)
            {
                count += value.EnumerateArray().Sum(e => CheckOrder(e, SubmissionFields.Object(of)));
            }
            else if (f.Kind == FieldKind.Details)
            {
                var category = Array.IndexOf(JsonEnums.CategoryNames, element.GetProperty("category").GetString());
                count += CheckOrder(value, SubmissionFields.Details[category]);
            }
        }

        return count;
    }
}
