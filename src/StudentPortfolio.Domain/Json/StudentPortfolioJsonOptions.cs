using System.Text.Json;
using System.Text.Json.Serialization;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Json;

/// <summary>Registers the library's System.Text.Json converters on a <see cref="JsonSerializerOptions"/>.</summary>
/// <remarks>
/// Every value type already carries its converter by attribute, so plain <see cref="JsonSerializer"/> calls and
/// source-generated contexts work without this; call it to opt in to unmasked national IDs, or when a framework
/// builds its own converter list. No reflection: trimming and native AOT safe.
/// </remarks>
public static class StudentPortfolioJsonOptions
{
    /// <summary>
    /// Adds the converters for <see cref="NationalId"/>, <see cref="StudentKey"/>, <see cref="SchoolCode"/>,
    /// <see cref="RecordId"/>, <see cref="Term"/>, <see cref="AcademicYear"/>, <see cref="CourseCode"/>,
    /// <see cref="ContentHash"/>, <see cref="MediaType"/> and <see cref="MediaFile"/>.
    /// </summary>
    /// <param name="options">The options to add to (not yet used for serialisation: System.Text.Json freezes them).</param>
    /// <param name="nationalIds">
    /// <see cref="NationalIdJsonHandling.Masked"/> (default) or, as an explicit opt-in, <see cref="NationalIdJsonHandling.Unmasked"/>.
    /// </param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is already in use (read-only).</exception>
    public static JsonSerializerOptions AddStudentPortfolioConverters(this JsonSerializerOptions options, NationalIdJsonHandling nationalIds = NationalIdJsonHandling.Masked)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var converter in CreateConverters(nationalIds))
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    /// <summary>Creates the library's converters, for frameworks that take a converter list.</summary>
    /// <param name="nationalIds">Whether national IDs and student keys are written masked (default) or in full.</param>
    /// <returns>One converter per value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nationalIds"/> is not a defined value.</exception>
    public static IReadOnlyList<JsonConverter> CreateConverters(NationalIdJsonHandling nationalIds = NationalIdJsonHandling.Masked)
    {
        var unmasked = nationalIds switch
        {
            NationalIdJsonHandling.Masked => false,
            NationalIdJsonHandling.Unmasked => true,
            _ => throw new ArgumentOutOfRangeException(nameof(nationalIds), nationalIds, "Expected Masked or Unmasked."),
        };
        return
        [
            unmasked ? new UnmaskedNationalIdJsonConverter() : new NationalIdJsonConverter(),
            unmasked ? new UnmaskedStudentKeyJsonConverter() : new StudentKeyJsonConverter(),
            new SchoolCodeJsonConverter(),
            new RecordIdJsonConverter(),
            new TermJsonConverter(),
            new AcademicYearJsonConverter(),
            new CourseCodeJsonConverter(),
            new ContentHashJsonConverter(),
            new MediaTypeJsonConverter(),
            new MediaFileJsonConverter(),
        ];
    }
}
