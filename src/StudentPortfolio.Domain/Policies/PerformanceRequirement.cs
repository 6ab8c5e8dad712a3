using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio.Performance;

namespace StudentPortfolio.Policies;

/// <summary>
/// The fields a multi-performance category must fill in (the central database's column list is not published, so
/// this is policy data). Field names are the camelCase parameter names of the category's details record, e.g.
/// <c>name</c> and <c>resultDate</c> for <see cref="CompetitionDetails"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PerformanceRequirement
{
    private readonly ValueList<string> _fields;

    /// <summary>Creates a requirement.</summary>
    /// <param name="category">The category.</param>
    /// <param name="fields">The required field names; each must be a field of the category.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is undefined.</exception>
    /// <exception cref="ArgumentException">A field name is null, repeated or not a field of the category.</exception>
    public PerformanceRequirement(PerformanceCategory category, IEnumerable<string> fields)
    {
        Guard.Defined(category);
        ArgumentNullException.ThrowIfNull(fields);
        _fields = ValueList<string>.From(fields, nameof(fields));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in _fields)
        {
            if (!DetailsFields.Of(category).IsField(field))
            {
                throw new ArgumentException($"'{field}' is not a field of the {category} category; expected one of {string.Join(", ", DetailsFields.Of(category).Names)}.", nameof(fields));
            }

            if (!seen.Add(field))
            {
                throw new ArgumentException($"The field '{field}' is listed twice.", nameof(fields));
            }
        }

        Category = category;
    }

    /// <summary>Gets the category.</summary>
    public PerformanceCategory Category { get; }

    /// <summary>Gets the required field names.</summary>
    public IReadOnlyList<string> Fields => _fields;
}
