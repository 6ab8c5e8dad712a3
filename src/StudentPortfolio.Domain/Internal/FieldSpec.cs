using System.Text.Json;

namespace StudentPortfolio.Internal;

/// <summary>
/// One property of the submission format: its JSON name, value kind, whether it may be null, its limits, its
/// central-database column (中央資料庫欄位) and notes. The tables of <c>Export/SubmissionFields</c> and
/// <c>Portfolio/Performance/DetailsFields</c> are made of these; the reader's name tables, the writer of the details
/// objects, the JSON Schema and the data dictionary are derived from them.
/// </summary>
/// <param name="Name">The camelCase JSON name.</param>
/// <param name="Kind">The value kind.</param>
/// <param name="Column">The central-database column name (Chinese), or （無：…） where the central database has none.</param>
internal record FieldSpec(string Name, FieldKind Kind, string Column)
{
    /// <summary>Gets the JSON name, escaped once for the writer.</summary>
    public JsonEncodedText JsonName { get; } = JsonEncodedText.Encode(Name);

    /// <summary>Gets a value indicating whether the value may be <c>null</c>.</summary>
    public bool Nullable { get; init; }

    /// <summary>Gets the format and limits beyond the kind's own, for the data dictionary (policy limits say so).</summary>
    public string? Note { get; init; }

    /// <summary>Gets the description written into the JSON Schema, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the least value of an integer.</summary>
    public int? Minimum { get; init; }

    /// <summary>Gets the greatest value of an integer.</summary>
    public int? Maximum { get; init; }

    /// <summary>Gets the allowed values of an integer, when they are a list.</summary>
    public IReadOnlyList<int>? Values { get; init; }

    /// <summary>Gets the least length of a string.</summary>
    public int? MinLength { get; init; }

    /// <summary>Gets the greatest length of a string.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Gets the pattern of a string beyond its kind (regular expression, JSON Schema dialect).</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the names of an <see cref="FieldKind.Enum"/> written inline.</summary>
    public IReadOnlyList<string>? EnumNames { get; init; }

    /// <summary>Gets the name of a shared enumeration (<c>courseKind</c>, <c>cadreLevel</c>) an <see cref="FieldKind.Enum"/> refers to.</summary>
    public string? EnumDef { get; init; }

    /// <summary>Gets the value of a <see cref="FieldKind.Const"/>.</summary>
    public string? Const { get; init; }

    /// <summary>Gets the object an <see cref="FieldKind.Object"/> holds.</summary>
    public string? Of { get; init; }

    /// <summary>Gets the element of an <see cref="FieldKind.Array"/>.</summary>
    public FieldSpec? Items { get; init; }

    /// <summary>Gets the least number of elements of an array.</summary>
    public int? MinItems { get; init; }

    /// <summary>Gets a value indicating whether an array's elements are distinct.</summary>
    public bool UniqueItems { get; init; }

    /// <summary>
    /// Gets the content kind (<c>basicData</c>, …) that carries the property: it is present exactly when the header
    /// declares that kind, so the schema does not list it as required. <see langword="null"/>: always present.
    /// </summary>
    public string? ContentKind { get; init; }
}
