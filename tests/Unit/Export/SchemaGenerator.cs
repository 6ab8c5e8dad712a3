using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StudentPortfolio.Export;
using StudentPortfolio.Internal;

namespace StudentPortfolio.UnitTests.Export;

/// <summary>
/// Generates the shipped JSON Schemas (draft 2020-12) from the field table <see cref="SubmissionFields"/>: each
/// object becomes a <c>$defs</c> entry, each field a property by its value kind. Value kinds with a grammar (term,
/// date, codes, hashes) and the shared enumerations are <c>$defs</c> of their own; only the definitions the root
/// reaches are written.
/// </summary>
internal static class SchemaGenerator
{
    private const string InstantPattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>The value-kind definitions: name, pattern, description (for the non-null form).</summary>
    private static readonly (FieldKind Kind, string Name, string Pattern, string? Description)[] KindDefs =
    [
        (FieldKind.RecordId, "recordId", "^[A-Za-z0-9._:-]{1,64}$", "Record identifier, unique within one student's records of one kind."),
        (FieldKind.Term, "term", "^[1-9][0-9]{0,2}-[12]$", "Term: ROC academic year, '-', semester 1 or 2, e.g. 114-1."),
        (FieldKind.Date, "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "ISO-8601 calendar date yyyy-MM-dd."),
        (FieldKind.Instant, "instant", InstantPattern, "ISO-8601 UTC instant yyyy-MM-ddTHH:mm:ssZ, or null."),
        (FieldKind.SchoolCode, "schoolCode", "^[0-9A-Z]{6}$", "School code (學校代碼): six digits or upper-case letters."),
        (FieldKind.CourseCode, "courseCode", "^[0-9]{3}[0-9A-Z]{20}$", "23-character course code (課程代碼)."),
        (FieldKind.Sha256, "sha256", "^[0-9a-f]{64}$", "SHA-256 hash, 64 lower-case hexadecimal digits."),
    ];

    public const string NationalIdPattern = "^[A-Z][1289A-D][0-9]{8}$";

    public static string Submission() => Generate(SubmissionFields.Document, SubmissionSchema.Id, "StudentPortfolio central-database submission document");

    public static string ExchangePackage() => Generate(SubmissionFields.ExchangePackage, ExchangePackageSchema.Id, "StudentPortfolio exchange package (歷程交換資料)");

    private static string Generate(ObjectSpec root, string id, string title)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        Reach(root, reached);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", id);
            w.WriteString("title", title);
            w.WriteString("description", root.Description);
            WriteObjectBody(w, root);
            w.WriteStartObject("$defs");
            WriteDefs(w, reached);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteDefs(Utf8JsonWriter w, HashSet<string> reached)
    {
        foreach (var (kind, name, pattern, description) in KindDefs)
        {
            if (kind != FieldKind.Instant && reached.Contains(name))
            {
                w.WriteStartObject(name);
                w.WriteString("type", "string");
                w.WriteString("pattern", pattern);
                w.WriteString("description", description);
                w.WriteEndObject();
            }

            var nullable = Nullable(name);
            if (reached.Contains(nullable))
            {
                w.WriteStartObject(nullable);
                WriteType(w, "string", true);
                w.WriteString("pattern", pattern);
                if (kind == FieldKind.Instant)
                {
                    w.WriteString("description", description);
                }

                w.WriteEndObject();
            }
        }

        foreach (var (name, names) in SubmissionFields.SharedEnums)
        {
            foreach (var nullable in new[] { false, true })
            {
                if (reached.Contains(nullable ? Nullable(name) : name))
                {
                    w.WriteStartObject(nullable ? Nullable(name) : name);
                    WriteEnum(w, names, nullable);
                    w.WriteEndObject();
                }
            }
        }

        foreach (var o in SubmissionFields.All)
        {
            if (reached.Contains(o.Name))
            {
                w.WriteStartObject(o.Name);
                w.WriteString("type", "object");
                w.WriteString("description", o.Description);
                WriteObjectBody(w, o);
                w.WriteEndObject();
            }

            if (reached.Contains(Nullable(o.Name)))
            {
                w.WriteStartObject(Nullable(o.Name));
                w.WriteStartArray("oneOf");
                w.WriteStartObject();
                w.WriteString("type", "null");
                w.WriteEndObject();
                WriteRef(w, o.Name);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            if (o.ListName is { } list && reached.Contains(list))
            {
                w.WriteStartObject(list);
                w.WriteString("type", "array");
                w.WritePropertyName("items");
                WriteRef(w, o.Name);
                w.WriteEndObject();
            }
        }
    }

    private static void WriteObjectBody(Utf8JsonWriter w, ObjectSpec o)
    {
        if (o == SubmissionFields.Document || o == SubmissionFields.ExchangePackage)
        {
            w.WriteString("type", "object");
        }

        w.WriteBoolean("additionalProperties", false);
        w.WriteStartArray("required");
        foreach (var f in o.Fields.Where(f => f.ContentKind is null))
        {
            w.WriteStringValue(f.Name);
        }

        w.WriteEndArray();
        w.WriteStartObject("properties");
        foreach (var f in o.Fields)
        {
            w.WritePropertyName(f.Name);
            WriteField(w, f);
        }

        w.WriteEndObject();
        if (o.Fields.Any(f => f.Kind == FieldKind.Details))
        {
            var category = o.Fields.Single(f => f.Name == "category");
            w.WriteStartArray("oneOf");
            for (var i = 0; i < SubmissionFields.Details.Length; i++)
            {
                w.WriteStartObject();
                w.WriteStartObject("properties");
                w.WriteStartObject(category.Name);
                w.WriteString("const", SubmissionFields.EnumNames(category)[i]);
                w.WriteEndObject();
                w.WritePropertyName("details");
                WriteRef(w, SubmissionFields.Details[i].Name);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    private static void WriteField(Utf8JsonWriter w, FieldSpec f)
    {
        if (RefOf(f) is { } reference)
        {
            WriteRef(w, reference);
            return;
        }

        w.WriteStartObject();
        switch (f.Kind)
        {
            case FieldKind.Const:
                w.WriteString("const", f.Const);
                break;
            case FieldKind.Instant:
                w.WriteString("type", "string");
                w.WriteString("pattern", InstantPattern);
                break;
            case FieldKind.NationalId:
                w.WriteString("type", "string");
                w.WriteString("pattern", NationalIdPattern);
                break;
            case FieldKind.Enum:
                WriteEnum(w, SubmissionFields.EnumNames(f), f.Nullable);
                break;
            case FieldKind.Integer:
                WriteType(w, "integer", f.Nullable);
                if (f.Values is { } values)
                {
                    w.WriteStartArray("enum");
                    foreach (var v in values)
                    {
                        w.WriteNumberValue(v);
                    }

                    w.WriteEndArray();
                }

                WriteNumber(w, "minimum", f.Minimum);
                WriteNumber(w, "maximum", f.Maximum);
                break;
            case FieldKind.Decimal:
                WriteType(w, "number", f.Nullable);
                break;
            case FieldKind.Boolean:
                WriteType(w, "boolean", f.Nullable);
                break;
            case FieldKind.String:
                WriteType(w, "string", f.Nullable);
                if (f.Pattern is { } pattern)
                {
                    w.WriteString("pattern", pattern);
                }

                WriteNumber(w, "minLength", f.MinLength);
                WriteNumber(w, "maxLength", f.MaxLength);
                break;
            case FieldKind.Details:
                w.WriteString("type", "object");
                break;
            case FieldKind.Array:
                w.WriteString("type", "array");
                WriteDescription(w, f);
                WriteNumber(w, "minItems", f.MinItems);
                if (f.UniqueItems)
                {
                    w.WriteBoolean("uniqueItems", true);
                }

                w.WritePropertyName("items");
                WriteField(w, f.Items!);
                w.WriteEndObject();
                return;
            default:
                throw new InvalidOperationException($"{f.Name}: no schema for {f.Kind}.");
        }

        WriteDescription(w, f);
        w.WriteEndObject();
    }

    /// <summary>Returns the definition a field refers to, or null when its schema is written inline.</summary>
    private static string? RefOf(FieldSpec f)
    {
        switch (f.Kind)
        {
            case FieldKind.Object:
                return f.Nullable ? Nullable(f.Of!) : f.Of;
            case FieldKind.Enum when f.EnumDef is { } def:
                return f.Nullable ? Nullable(def) : def;
            case FieldKind.Array when f.Items is { Kind: FieldKind.Object } items && SubmissionFields.Object(items.Of!).ListName is { } list:
                return list;
            case FieldKind.Instant when !f.Nullable:
                return null;
        }

        var kindDef = Array.FindIndex(KindDefs, k => k.Kind == f.Kind);
        return kindDef < 0 ? null : f.Nullable ? Nullable(KindDefs[kindDef].Name) : KindDefs[kindDef].Name;
    }

    private static void Reach(ObjectSpec o, HashSet<string> reached)
    {
        foreach (var f in o.Fields)
        {
            Reach(f, reached);
        }

        if (o.Fields.Any(f => f.Kind == FieldKind.Details))
        {
            foreach (var details in SubmissionFields.Details)
            {
                reached.Add(details.Name);
                Reach(details, reached);
            }
        }
    }

    private static void Reach(FieldSpec f, HashSet<string> reached)
    {
        if (f.Items is { } items)
        {
            Reach(items, reached);
        }

        if (RefOf(f) is { } reference)
        {
            reached.Add(reference);
        }

        if (f.Kind == FieldKind.Object)
        {
            reached.Add(f.Of!);
            Reach(SubmissionFields.Object(f.Of!), reached);
        }
    }

    private static void WriteRef(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject();
        w.WriteString("$ref", "#/$defs/" + name);
        w.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter w, string type, bool nullable)
    {
        if (!nullable)
        {
            w.WriteString("type", type);
            return;
        }

        w.WriteStartArray("type");
        w.WriteStringValue(type);
        w.WriteStringValue("null");
        w.WriteEndArray();
    }

    private static void WriteEnum(Utf8JsonWriter w, IReadOnlyList<string> names, bool nullable)
    {
        WriteType(w, "string", nullable);
        w.WriteStartArray("enum");
        foreach (var n in names)
        {
            w.WriteStringValue(n);
        }

        if (nullable)
        {
            w.WriteNullValue();
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void WriteDescription(Utf8JsonWriter w, FieldSpec f)
    {
        if (f.Description is { } d)
        {
            w.WriteString("description", d);
        }
    }

    private static string Nullable(string name) => "nullable" + char.ToUpperInvariant(name[0]) + name[1..];
}
