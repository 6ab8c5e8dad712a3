using System.Globalization;
using StudentPortfolio.Validation;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Where a value is, kept as numbers until an issue needs the JSON path string (so the passing path allocates
/// nothing): a student field, a record field (<c>outcomes[1].description</c>) or a file field.
/// </summary>
internal readonly record struct FieldLocation(RecordKind? Kind, int Index, string Field, int FileIndex = -1)
{
    public static FieldLocation OfStudent(string field) => new(null, -1, field);

    public static FieldLocation OfRecord(RecordKind kind, int index, string field) => new(kind, index, field);

    public string ToPath(StudentFacts facts)
    {
        if (Kind is not { } kind)
        {
            return facts.Prefix + "." + Field;
        }

        return FileIndex < 0
            ? facts.PathOf(kind, Index, Field)
            : string.Create(CultureInfo.InvariantCulture, $"{facts.Prefix}.{StudentFacts.PropertyOf(kind)}[{Index}].files[{FileIndex}].{Field}");
    }
}
