using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StudentPortfolio.Identity;
using StudentPortfolio.Json;
using StudentPortfolio.Portfolio;
using StudentPortfolio.PropertyTests.Generators;

namespace StudentPortfolio.PropertyTests.Json;

/// <summary>Every value type's converter round-trips, directly, as a dictionary key and through a source-generated context.</summary>
public class ConverterProperties
{
    private static readonly JsonSerializerOptions Unmasked = new JsonSerializerOptions().AddStudentPortfolioConverters(NationalIdJsonHandling.Unmasked);

    [Property(MaxTest = 300)]
    public Property Terms_round_trip_as_text_and_as_keys() =>
        Prop.ForAll(ValueGenerators.Term.ToArbitrary(), term =>
            RoundTrips(term, "\"" + term + "\"") && KeyRoundTrips(term));

    [Property(MaxTest = 300)]
    public Property Academic_years_round_trip() =>
        Prop.ForAll(ValueGenerators.AcademicYear.ToArbitrary(), year => RoundTrips(year, "\"" + year + "\"") && KeyRoundTrips(year));

    [Property(MaxTest = 300)]
    public Property School_codes_round_trip() =>
        Prop.ForAll(PortfolioGenerators.Schools().ToArbitrary(), school => RoundTrips(school, "\"" + school + "\"") && KeyRoundTrips(school));

    [Property(MaxTest = 300)]
    public Property Record_ids_round_trip() =>
        Prop.ForAll(ValueGenerators.RecordIdText.Select(RecordId.Parse).ToArbitrary(), id => RoundTrips(id, "\"" + id + "\"") && KeyRoundTrips(id));

    [Property(MaxTest = 300)]
    public Property Course_codes_round_trip() =>
        Prop.ForAll(ValueGenerators.CourseCodeText.Select(CourseCode.Parse).ToArbitrary(), code => RoundTrips(code, "\"" + code + "\"") && KeyRoundTrips(code));

    [Property(MaxTest = 300)]
    public Property Content_hashes_round_trip() =>
        Prop.ForAll(PortfolioGenerators.Hashes().ToArbitrary(), hash => RoundTrips(hash, "\"" + hash + "\"") && KeyRoundTrips(hash));

    [Property(MaxTest = 100)]
    public Property Media_types_round_trip() =>
        Prop.ForAll(PortfolioGenerators.Files().Select(f => f.MediaType).ToArbitrary(), type => RoundTrips(type, "\"" + type + "\"") && KeyRoundTrips(type));

    [Property(MaxTest = 300)]
    public Property Media_files_round_trip() =>
        Prop.ForAll(PortfolioGenerators.Files().ToArbitrary(), file =>
        {
            var json = JsonSerializer.Serialize(file, PropertyTestJsonContext.Default.MediaFile);
            return JsonSerializer.Deserialize(json, PropertyTestJsonContext.Default.MediaFile) == file
                && JsonSerializer.Deserialize<MediaFile>(JsonSerializer.Serialize(file)) == file;
        });

    [Property(MaxTest = 300)]
    public Property National_ids_round_trip_only_when_unmasked_is_chosen() =>
        Prop.ForAll(ValueGenerators.NationalId.ToArbitrary(), id =>
        {
            var masked = JsonSerializer.Serialize(id);
            var full = JsonSerializer.Serialize(id, Unmasked);
            var maskedRead = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<NationalId>(masked));
            return masked == "\"" + id + "\""
                && !masked.Contains(id.ToUnmaskedString(), StringComparison.Ordinal)
                && full == "\"" + id.ToUnmaskedString() + "\""
                && JsonSerializer.Deserialize<NationalId>(full, Unmasked) == id
                && JsonSerializer.Deserialize<NationalId>(full) == id
                && maskedRead.Path == "$"
                && !maskedRead.Message.Contains(id.ToUnmaskedString(), StringComparison.Ordinal);
        });

    [Property(MaxTest = 300)]
    public Property Student_keys_round_trip_only_when_unmasked_is_chosen() =>
        Prop.ForAll(ValueGenerators.NationalId.ToArbitrary(), ValueGenerators.LocalDate.ToArbitrary(), (id, birth) =>
        {
            var key = new StudentKey(id, birth);
            var masked = JsonSerializer.Serialize(key);
            var full = JsonSerializer.Serialize(key, PropertyTestUnmaskedJsonContext.Default.StudentKey);
            var maskedRead = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<StudentKey>(masked));
            return !masked.Contains(id.ToUnmaskedString(), StringComparison.Ordinal)
                && JsonSerializer.Deserialize(full, PropertyTestUnmaskedJsonContext.Default.StudentKey) == key
                && JsonSerializer.Deserialize<StudentKey>(JsonSerializer.Serialize(key, Unmasked)) == key
                && maskedRead.Path == "$" && maskedRead.Message.Contains("masked", StringComparison.Ordinal);
        });

    private static bool RoundTrips<T>(T value, string expectedJson)
    {
        var json = JsonSerializer.Serialize(value);
        return json == expectedJson && EqualityComparer<T>.Default.Equals(JsonSerializer.Deserialize<T>(json), value);
    }

    private static bool KeyRoundTrips<T>(T value)
        where T : notnull
    {
        var json = JsonSerializer.Serialize(new Dictionary<T, int> { [value] = 1 });
        var back = JsonSerializer.Deserialize<Dictionary<T, int>>(json)!;
        return back.Count == 1 && back[value] == 1;
    }
}
