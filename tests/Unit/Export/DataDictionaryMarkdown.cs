using System.Text;
using StudentPortfolio.Export;
using StudentPortfolio.Internal;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// Renders the data dictionary of docs/export-format.md (§5, and the exchange package table of §6) from the field
/// table <see cref="SubmissionFields"/>: one table per object with a heading, nested objects without one listed
/// inside their parent's table, and one table per multi-performance category's details. Nullability shows in the type
/// column only.
/// </summary>
internal static class DataDictionaryMarkdown
{
    public const string End = "<!-- End of generated table. -->";

    private const string Header = "| JSON path | type | format and limits | 中央資料庫欄位 |\n|---|---|---|---|\n";

    public static string Begin(string what) =>
        $"<!-- Generated from the field table (Export/SubmissionFields.cs, Portfolio/Performance/DetailsFields.cs): {what}. Do not edit by hand;\n" +
        "     run `UPDATE_DOCS=1 dotnet test --project tests/Unit/StudentPortfolio.Domain.UnitTests.csproj`. -->";

    public static string Submission()
    {
        var sb = new StringBuilder();
        Section(sb, SubmissionFields.Document.Heading!, null, string.Empty, SubmissionFields.Document);
        return sb.ToString();
    }

    public static string ExchangePackage()
    {
        var sb = new StringBuilder("| exchange property | type | format and limits | 交換資料欄位 |\n|---|---|---|---|\n");
        foreach (var f in SubmissionFields.ExchangePackage.Fields)
        {
            Row(sb, f.Name, f);
        }

        return sb.ToString();
    }

    /// <summary>Replaces the text between the begin marker for <paramref name="what"/> and the next end marker.</summary>
    public static string Splice(string document, string what, string content)
    {
        var begin = Begin(what);
        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/export-format.md has no generated region for {what}");
        return document[..(start + begin.Length)] + "\n\n" + content + "\n" + document[end..];
    }

    private static void Section(StringBuilder sb, string heading, FieldSpec? entry, string entryPath, ObjectSpec o)
    {
        var rows = new StringBuilder();
        var deferred = new List<(FieldSpec Field, string Path, ObjectSpec Target)>();
        var details = new List<string>();
        if (entry is not null)
        {
            Row(rows, entryPath, entry);
        }

        Rows(rows, o, entry is null ? string.Empty : ChildPrefix(entry, entryPath), deferred, details);
        sb.Append(sb.Length == 0 ? string.Empty : "\n").Append("### ").Append(heading).Append("\n\n").Append(Header).Append(rows);
        foreach (var path in details)
        {
            foreach (var (spec, category) in SubmissionFields.Details.Zip(StudentPortfolio.Portfolio.Performance.DetailsFields.All))
            {
                sb.Append("\n#### Details: ").Append(category.Name).Append(" (").Append(category.Roster).Append(")\n\n").Append(Header);
                Rows(sb, spec, $"{path}{{{category.Name}}}.", deferred, details);
            }
        }

        foreach (var (field, path, target) in deferred)
        {
            Section(sb, target.Heading!, field, path, target);
        }
    }

    private static void Rows(StringBuilder rows, ObjectSpec o, string prefix, List<(FieldSpec, string, ObjectSpec)> deferred, List<string> details)
    {
        foreach (var f in o.Fields)
        {
            var path = prefix + f.Name;
            var target = f.Kind == FieldKind.Object ? f.Of : f.Items?.Of;
            var spec = target is null ? null : SubmissionFields.Object(target);
            if (spec?.Heading is not null)
            {
                deferred.Add((f, path, spec));
                continue;
            }

            Row(rows, path, f);
            if (spec is not null)
            {
                Rows(rows, spec, ChildPrefix(f, path), deferred, details);
            }
            else if (f.Kind == FieldKind.Details)
            {
                details.Add(path);
            }
        }
    }

    private static string ChildPrefix(FieldSpec f, string path) => path + (f.Kind == FieldKind.Array ? "[]." : ".");

    private static void Row(StringBuilder sb, string path, FieldSpec f) =>
        sb.Append("| `").Append(path).Append("` | ").Append(TypeText(f)).Append(" | ").Append(Limits(f)).Append(" | ").Append(f.Column).Append(" |\n");

    private static string TypeText(FieldSpec f)
    {
        var type = f.Kind switch
        {
            FieldKind.Integer => "integer",
            FieldKind.Decimal => "number",
            FieldKind.Boolean => "boolean",
            FieldKind.Object or FieldKind.Details => "object",
            FieldKind.Array => "array",
            _ => "string",
        };
        return f.Nullable ? type + " or null" : type;
    }

    private static string Limits(FieldSpec f)
    {
        var parts = new List<string>();
        if (KindText(f) is { } text)
        {
            parts.Add(text);
        }

        if (f.ContentKind is { } kind)
        {
            parts.Add(kind + " only");
        }

        if (f.Note is { } note)
        {
            parts.Add(note);
        }

        return parts.Count == 0 ? "—" : string.Join("; ", parts);
    }

    private static string? KindText(FieldSpec f) => f.Kind switch
    {
        FieldKind.Const => $"`\"{f.Const}\"`",
        FieldKind.SchoolCode => "6 chars `[0-9A-Z]`",
        FieldKind.CourseCode => "23 chars: 3 digits then `[0-9A-Z]`",
        FieldKind.Term => "`114-1` form: ROC year 1–999, `-`, 1 or 2",
        FieldKind.Date => "`yyyy-MM-dd`",
        FieldKind.Instant => "`yyyy-MM-ddTHH:mm:ssZ` (UTC)",
        FieldKind.Sha256 => "64 lower-case hex digits",
        FieldKind.RecordId => "1–64 chars `A-Z a-z 0-9 . _ : -`; unique per student and kind (SP-X011)",
        FieldKind.NationalId => "10 chars `[A-Z][1289A-D][0-9]{8}` + valid check digit (SP-X009); never shown unmasked in errors",
        FieldKind.Enum => Names(SubmissionFields.EnumNames(f)),
        FieldKind.Integer when f.Values is { } values => string.Join(" or ", values),
        FieldKind.Integer when f.Minimum is { } min && f.Maximum is { } max => $"{min}–{max}",
        FieldKind.Integer when f.Minimum is { } min => $"≥ {min}",
        FieldKind.Integer => "32-bit integer",
        FieldKind.Decimal => "decimal",
        FieldKind.String when f.MinLength is { } min && f.MaxLength is { } max => $"{min}–{max} chars",
        FieldKind.String when f.MaxLength is { } max => $"≤ {max} chars",
        FieldKind.Array when f.Items is { Kind: FieldKind.Enum } items && f.MinItems is { } min =>
            $"{min}–{SubmissionFields.EnumNames(items).Count} {(f.UniqueItems ? "distinct " : string.Empty)}of {Names(SubmissionFields.EnumNames(items))}",
        _ => null,
    };

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));
}
