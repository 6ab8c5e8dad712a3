using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Policies;

/// <summary>
/// Reads a policy JSON file with <see cref="Utf8JsonReader"/> (no reflection: trimming and AOT safe) into a small
/// tree that remembers the byte offset of every value, then maps it onto a <see cref="PortfolioPolicy"/>, merging
/// over the preset named by <c>basedOn</c>. Every error names the JSON path and the line and column.
/// </summary>
internal sealed class PolicyJsonReader
{
    private static readonly string[] RootNames =
    [
        "$schema", "id", "name", "version", "effectiveFrom", "basedOn", "regulation", "outcomes", "performances",
        "applicationPicks", "description", "media", "retention", "windows", "requiredPerformanceFields", "enrollment",
        "certification",
    ];

    private static readonly string[] ItemNames = ["uploads", "selectedPerYear"];
    private static readonly string[] UploadNames = ["min", "max", "per", "minSeverity"];
    private static readonly string[] PickNames = ["universityOutcomes", "universityPerformances", "technicalCollegeOutcomes", "technicalCollegePerformances"];
    private static readonly string[] DescriptionNames = ["required", "maxCharacters"];
    private static readonly string[] MediaNames = ["mediaType", "maxBytes"];
    private static readonly string[] RetentionNames = ["yearsAfterLeaving"];
    private static readonly string[] CertificationNames = ["supervisingTeachers"];
    private static readonly string[] EnrollmentNames = ["countTransferYearAcrossSchools", "repeatedYearHasFreshQuota", "requireCertifiedTransferOutcomes", "exemptTermsEndingInSuspension"];
    private static readonly string[] WindowNames = ["uploadDaysAfterClosingCeremony", "receiptConfirmationMinimumDays", "graduatingGrade", "exemptGraduatingSecondSemester"];

    private readonly byte[] _utf8;
    private readonly string? _source;
    private string _lastPath = "$";

    private PolicyJsonReader(byte[] utf8, string? source)
    {
        _utf8 = utf8;
        _source = source;
    }

    private enum Kind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    public static PortfolioPolicy Read(ReadOnlySpan<byte> utf8Json, string? source)
    {
        var bytes = utf8Json.ToArray();
        var reader = new PolicyJsonReader(bytes, source);
        var root = reader.Parse();
        return reader.Map(root);
    }

    private Node Parse()
    {
        var span = _utf8.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var json = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var bomOffset = _utf8.Length - span.Length;
        try
        {
            if (!json.Read())
            {
                throw Fail("$", 0, "The policy file is empty.");
            }

            var root = ReadValue(ref json, "$", bomOffset);
            if (json.Read())
            {
                throw Fail("$", bomOffset + json.TokenStartIndex, "Unexpected content after the policy object.");
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? -1) + 1;
            var column = (e.BytePositionInLine ?? -1) + 1;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            // System.Text.Json quotes input bytes (an invalid literal up to the end of the buffer): bound and mask.
            // System.Text.Json's message quotes the input unmasked: the inner exception is a masked copy of it.
            var inner = new JsonException(Internal.ErrorText.Excerpt(e.Message), e.Path, e.LineNumber, e.BytePositionInLine);
            throw new PolicyFormatException($"Malformed JSON: {Internal.ErrorText.Excerpt(message)}", Internal.ErrorText.Mask(_lastPath), line, column, _source, inner);
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString: a string that is not valid UTF-8 or escapes a lone surrogate ("\ud800").
            throw Fail(_lastPath, bomOffset + json.TokenStartIndex, "Malformed JSON: a string is not valid UTF-8 or escapes an unpaired surrogate.");
        }
    }

    private Node ReadValue(ref Utf8JsonReader json, string path, int bomOffset)
    {
        var offset = bomOffset + json.TokenStartIndex;
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new Node(Kind.Object, offset) { Properties = [] };
                while (json.Read() && json.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = bomOffset + json.TokenStartIndex;
                    var name = json.GetString()!;
                    _lastPath = Child(path, name);
                    if (node.Properties.Exists(p => p.Key == name))
                    {
                        throw Fail(Child(path, name), nameOffset, $"The property '{name}' appears twice.");
                    }

                    json.Read();
                    node.Properties.Add(new(name, ReadValue(ref json, Child(path, name), bomOffset)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new Node(Kind.Array, offset) { Items = [] };
                _lastPath = $"{path}[0]";
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref json, $"{path}[{node.Items.Count}]", bomOffset));
                    _lastPath = $"{path}[{node.Items.Count}]";
                }

                return node;
            }

            case JsonTokenType.String:
                return new Node(Kind.String, offset) { Text = json.GetString() };
            case JsonTokenType.Number:
                return new Node(Kind.Number, offset) { Integer = json.TryGetInt64(out var n) ? n : null };
            case JsonTokenType.True:
                return new Node(Kind.Boolean, offset) { Boolean = true };
            case JsonTokenType.False:
                return new Node(Kind.Boolean, offset) { Boolean = false };
            default:
                return new Node(Kind.Null, offset);
        }
    }

    private PortfolioPolicy Map(Node root)
    {
        RequireKind(root, "$", Kind.Object, "an object");
        CheckNames(root, "$", RootNames);
        var basedOnNode = Find(root, "basedOn");
        PortfolioPolicy? baseline = null;
        string? basedOn = null;
        if (basedOnNode is not null && basedOnNode.Kind != Kind.Null)
        {
            basedOn = String(basedOnNode, "$.basedOn");
            if (!PolicyPresets.TryGet(basedOn, out baseline))
            {
                throw Fail("$.basedOn", basedOnNode.Offset, $"Unknown preset '{basedOn}'; expected one of {string.Join(", ", PolicyPresets.Ids)}.");
            }
        }

        var idNode = Required(root, "$", "id");
        var id = String(idNode, "$.id");
        if (!PortfolioPolicy.IsValidId(id))
        {
            throw Fail("$.id", idNode.Offset, "A policy id is 1 to 64 characters from A-Z, a-z, 0-9, '-' and '_'.");
        }

        var name = NonEmpty(Required(root, "$", "name"), "$.name");
        var version = NonEmpty(Required(root, "$", "version"), "$.version");
        var effective = Date(Required(root, "$", "effectiveFrom"), "$.effectiveFrom");
        var regulationNode = Find(root, "regulation");
        var regulation = regulationNode is null ? baseline?.Regulation ?? string.Empty : String(regulationNode, "$.regulation");

        var outcomes = Section(root, "$", "outcomes", ItemNames, baseline is null);
        var performances = Section(root, "$", "performances", ItemNames, baseline is null);
        var picks = Section(root, "$", "applicationPicks", PickNames, baseline is null);
        var description = Section(root, "$", "description", DescriptionNames, baseline is null);
        var retention = Section(root, "$", "retention", RetentionNames, required: false);
        var windows = Section(root, "$", "windows", WindowNames, baseline is null);
        var enrollment = Section(root, "$", "enrollment", EnrollmentNames, required: false);
        var certification = Section(root, "$", "certification", CertificationNames, required: false);
        var enrollmentBase = baseline?.Enrollment ?? EnrollmentPolicy.Default;

        var result = new PortfolioPolicy
        {
            Id = id,
            Name = name,
            Version = version,
            EffectiveFrom = effective,
            BasedOn = basedOn,
            Regulation = regulation,
            OutcomeUploads = Uploads(outcomes, "$.outcomes", baseline?.OutcomeUploads),
            OutcomeSelectionsPerYear = Count(outcomes, "$.outcomes", "selectedPerYear", baseline?.OutcomeSelectionsPerYear),
            PerformanceUploads = Uploads(performances, "$.performances", baseline?.PerformanceUploads),
            PerformanceSelectionsPerYear = Count(performances, "$.performances", "selectedPerYear", baseline?.PerformanceSelectionsPerYear),
            ApplicationPicks = new ApplicationPickLimits(
                Count(picks, "$.applicationPicks", "universityOutcomes", baseline?.ApplicationPicks.UniversityOutcomes),
                Count(picks, "$.applicationPicks", "universityPerformances", baseline?.ApplicationPicks.UniversityPerformances),
                Count(picks, "$.applicationPicks", "technicalCollegeOutcomes", baseline?.ApplicationPicks.TechnicalCollegeOutcomes),
                Count(picks, "$.applicationPicks", "technicalCollegePerformances", baseline?.ApplicationPicks.TechnicalCollegePerformances)),
            Description = new DescriptionLimit(
                Bool(description, "$.description", "required", baseline?.Description.Required),
                Count(description, "$.description", "maxCharacters", baseline?.Description.MaxCharacters, minimum: 1)),
            Media = MediaRules(root, baseline),
            RetentionYearsAfterLeaving = OptionalCount(retention, "$.retention", "yearsAfterLeaving", baseline?.RetentionYearsAfterLeaving),
            Windows = new WindowPolicy(
                Count(windows, "$.windows", "uploadDaysAfterClosingCeremony", baseline?.Windows.UploadDaysAfterClosingCeremony),
                Count(windows, "$.windows", "receiptConfirmationMinimumDays", baseline?.Windows.ReceiptConfirmationMinimumDays),
                Count(windows, "$.windows", "graduatingGrade", baseline?.Windows.GraduatingGrade, minimum: 1, maximum: StudentBasicData.MaxGrade),
                Bool(windows, "$.windows", "exemptGraduatingSecondSemester", baseline?.Windows.ExemptGraduatingSecondSemester)),
            RequiredPerformanceFields = Requirements(root, baseline),
            SupervisingTeachersMayCertify = Bool(certification, "$.certification", "supervisingTeachers", baseline?.SupervisingTeachersMayCertify ?? false),
            Enrollment = new EnrollmentPolicy(
                Bool(enrollment, "$.enrollment", "countTransferYearAcrossSchools", enrollmentBase.CountTransferYearAcrossSchools),
                Bool(enrollment, "$.enrollment", "repeatedYearHasFreshQuota", enrollmentBase.RepeatedYearHasFreshQuota),
                Bool(enrollment, "$.enrollment", "requireCertifiedTransferOutcomes", enrollmentBase.RequireCertifiedTransferOutcomes),
                Bool(enrollment, "$.enrollment", "exemptTermsEndingInSuspension", enrollmentBase.ExemptTermsEndingInSuspension)),
        };
        return result;
    }

    private UploadLimit Uploads(Node? section, string path, UploadLimit? baseline)
    {
        var uploadsPath = path + ".uploads";
        var node = section is null ? null : Find(section, "uploads");
        if (node is null)
        {
            return baseline ?? throw Fail(uploadsPath, section?.Offset ?? 0, "The field is required (or set \"basedOn\").");
        }

        RequireKind(node, uploadsPath, Kind.Object, "an object");
        CheckNames(node, uploadsPath, UploadNames);
        var min = OptionalCount(node, uploadsPath, "min", baseline?.Minimum);
        var max = OptionalCount(node, uploadsPath, "max", baseline?.Maximum);
        var perNode = Find(node, "per");
        var per = perNode is null
            ? baseline?.Period ?? throw Fail(uploadsPath + ".per", node.Offset, "The field is required: \"semester\" or \"academicYear\".")
            : String(perNode, uploadsPath + ".per") switch
            {
                "semester" => QuotaPeriod.Semester,
                "academicYear" => QuotaPeriod.AcademicYear,
                var other => throw Fail(uploadsPath + ".per", perNode.Offset, $"'{other}' is not a period; expected \"semester\" or \"academicYear\"."),
            };
        var sevNode = Find(node, "minSeverity");
        var severity = sevNode is null
            ? baseline?.MinimumSeverity ?? Severity.Warning
            : String(sevNode, uploadsPath + ".minSeverity") switch
            {
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                var other => throw Fail(uploadsPath + ".minSeverity", sevNode.Offset, $"'{other}' is not a severity; expected \"warning\" or \"error\"."),
            };
        if (min is not null && max is not null && min > max)
        {
            throw Fail(uploadsPath + ".min", (Find(node, "min") ?? node).Offset, $"The minimum {min} exceeds the maximum {max}.");
        }

        return new UploadLimit(min, max, per, severity);
    }

    private List<MediaRule> MediaRules(Node root, PortfolioPolicy? baseline)
    {
        var node = Find(root, "media");
        if (node is null)
        {
            return baseline is not null ? [.. baseline.Media] : throw Fail("$.media", root.Offset, "The field is required (or set \"basedOn\").");
        }

        RequireKind(node, "$.media", Kind.Array, "an array");
        var list = new List<MediaRule>(node.Items!.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            var path = $"$.media[{i}]";
            var item = node.Items[i];
            RequireKind(item, path, Kind.Object, "an object");
            CheckNames(item, path, MediaNames);
            var typeNode = Required(item, path, "mediaType");
            var text = String(typeNode, path + ".mediaType");
            if (!MediaType.TryParse(text, out var type))
            {
                throw Fail(path + ".mediaType", typeNode.Offset, $"'{text}' is not a media type of the form type/subtype.");
            }

            if (list.Exists(r => r.MediaType == type))
            {
                throw Fail(path + ".mediaType", typeNode.Offset, $"The media type {type} is listed twice.");
            }

            var sizeNode = Required(item, path, "maxBytes");
            list.Add(new MediaRule(type, Integer(sizeNode, path + ".maxBytes", 1, long.MaxValue)));
        }

        return list;
    }

    private List<PerformanceRequirement> Requirements(Node root, PortfolioPolicy? baseline)
    {
        var result = new List<PerformanceRequirement>();
        var node = Find(root, "requiredPerformanceFields");
        if (node is null)
        {
            return baseline is null ? result : [.. baseline.RequiredPerformanceFields];
        }

        RequireKind(node, "$.requiredPerformanceFields", Kind.Object, "an object");
        var given = new HashSet<PerformanceCategory>();
        foreach (var (name, value) in node.Properties!)
        {
            var path = Child("$.requiredPerformanceFields", name);
            if (!PerformanceFields.TryParseCategory(name, out var category))
            {
                var names = string.Join(", ", Enum.GetValues<PerformanceCategory>().Select(PerformanceFields.CategoryName));
                throw Fail(path, value.Offset, $"'{name}' is not a multi-performance category; expected one of {names}.");
            }

            RequireKind(value, path, Kind.Array, "an array of field names");
            var fields = new List<string>(value.Items!.Count);
            for (var i = 0; i < value.Items.Count; i++)
            {
                var fieldPath = $"{path}[{i}]";
                var field = String(value.Items[i], fieldPath);
                if (!PerformanceFields.IsField(category, field))
                {
                    throw Fail(fieldPath, value.Items[i].Offset, $"'{field}' is not a field of the {name} category; expected one of {string.Join(", ", PerformanceFields.Names(category))}.");
                }

                if (fields.Contains(field))
                {
                    throw Fail(fieldPath, value.Items[i].Offset, $"The field '{field}' is listed twice.");
                }

                fields.Add(field);
            }

            given.Add(category);
            result.Add(new PerformanceRequirement(category, fields));
        }

        if (baseline is not null)
        {
            foreach (var inherited in baseline.RequiredPerformanceFields)
            {
                if (!given.Contains(inherited.Category))
                {
                    result.Add(inherited);
                }
            }
        }

        return result;
    }

    private Node? Section(Node root, string path, string name, string[] names, bool required)
    {
        var node = Find(root, name);
        var childPath = Child(path, name);
        if (node is null)
        {
            return required ? throw Fail(childPath, root.Offset, "The field is required (or set \"basedOn\").") : null;
        }

        RequireKind(node, childPath, Kind.Object, "an object");
        CheckNames(node, childPath, names);
        return node;
    }

    private int Count(Node? section, string path, string name, int? baseline, int minimum = 0, int maximum = int.MaxValue)
    {
        var node = section is null ? null : Find(section, name);
        if (node is null)
        {
            return baseline ?? throw Fail(Child(path, name), section?.Offset ?? 0, "The field is required (or set \"basedOn\").");
        }

        return (int)Integer(node, Child(path, name), minimum, maximum);
    }

    private int? OptionalCount(Node? section, string path, string name, int? baseline)
    {
        var node = section is null ? null : Find(section, name);
        if (node is null)
        {
            return baseline;
        }

        return node.Kind == Kind.Null ? null : (int)Integer(node, Child(path, name), 0, int.MaxValue);
    }

    private bool Bool(Node? section, string path, string name, bool? baseline)
    {
        var node = section is null ? null : Find(section, name);
        if (node is null)
        {
            return baseline ?? throw Fail(Child(path, name), section?.Offset ?? 0, "The field is required (or set \"basedOn\").");
        }

        return node.Kind == Kind.Boolean ? node.Boolean : throw Fail(Child(path, name), node.Offset, $"Expected true or false but found {Describe(node)}.");
    }

    private long Integer(Node node, string path, long minimum, long maximum)
    {
        if (node.Kind != Kind.Number || node.Integer is null)
        {
            throw Fail(path, node.Offset, $"Expected a whole number but found {Describe(node)}.");
        }

        var value = node.Integer.Value;
        if (value < minimum || value > maximum)
        {
            var range = maximum == int.MaxValue || maximum == long.MaxValue ? $"{minimum} or more" : $"from {minimum} to {maximum}";
            throw Fail(path, node.Offset, $"The value {value} is out of range; expected {range}.");
        }

        return value;
    }

    private string String(Node node, string path) =>
        node.Kind == Kind.String ? node.Text! : throw Fail(path, node.Offset, $"Expected a string but found {Describe(node)}.");

    private string NonEmpty(Node node, string path)
    {
        var text = String(node, path);
        return string.IsNullOrWhiteSpace(text) ? throw Fail(path, node.Offset, "The value must not be empty.") : text;
    }

    private LocalDate Date(Node node, string path)
    {
        var text = String(node, path);
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Fail(path, node.Offset, $"'{text}' is not an ISO date (yyyy-MM-dd).");
    }

    private Node Required(Node obj, string path, string name) =>
        Find(obj, name) ?? throw Fail(Child(path, name), obj.Offset, "The field is required.");

    private void RequireKind(Node node, string path, Kind kind, string expected)
    {
        if (node.Kind != kind)
        {
            throw Fail(path, node.Offset, $"Expected {expected} but found {Describe(node)}.");
        }
    }

    private void CheckNames(Node obj, string path, string[] names)
    {
        foreach (var (name, value) in obj.Properties!)
        {
            if (Array.IndexOf(names, name) < 0)
            {
                throw Fail(Child(path, name), value.Offset, $"Unknown field '{name}'; expected one of {string.Join(", ", names.Where(n => n[0] != '$'))}.");
            }
        }
    }

    private static Node? Find(Node obj, string name)
    {
        foreach (var (key, value) in obj.Properties!)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    private static string Child(string path, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Describe(Node node) => node.Kind switch
    {
        Kind.Object => "an object",
        Kind.Array => "an array",
        Kind.String => $"the string \"{(node.Text!.Length <= 30 ? node.Text : node.Text[..30] + "…")}\"",
        Kind.Number => "a number that is not a whole number in range",
        Kind.Boolean => node.Boolean ? "true" : "false",
        _ => "null",
    };

    private PolicyFormatException Fail(string path, long offset, string message)
    {
        // Line and column (both 1-based, column in bytes) of the byte offset.
        var line = 1L;
        var lineStart = 0L;
        var end = Math.Min(offset, _utf8.Length);
        for (var i = 0; i < end; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Field names and values are quoted in messages and paths: mask anything shaped like a national ID.
        return new PolicyFormatException(Internal.ErrorText.Mask(message), Internal.ErrorText.Mask(path), line, offset - lineStart + 1, _source);
    }

    private sealed class Node(Kind kind, long offset)
    {
        public Kind Kind { get; } = kind;

        public long Offset { get; } = offset;

        public List<KeyValuePair<string, Node>>? Properties { get; init; }

        public List<Node>? Items { get; init; }

        public string? Text { get; init; }

        public long? Integer { get; init; }

        public bool Boolean { get; init; }
    }
}
