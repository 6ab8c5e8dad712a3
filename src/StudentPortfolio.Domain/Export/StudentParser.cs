using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Portfolio.Performance;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// Reads one complete student object (already checked to be well-formed JSON by the scanner) into a
/// <see cref="StudentSubmission"/>, collecting every format error with its path and position. Never throws for bad
/// input. Not thread-safe; one instance per reader.
/// </summary>
internal sealed class StudentParser
{
    private const int MaxShownValueLength = 40;

    private delegate bool TextParser<T>(string text, out T value);

    private delegate T? ElementReader<T>(ref Utf8JsonReader reader)
        where T : class;

    private static readonly TextParser<Term> TermParser = Term.TryParse;
    private static readonly TextParser<SchoolCode> SchoolParser = SchoolCode.TryParse;
    private static readonly TextParser<CourseCode> CourseCodeParser = CourseCode.TryParse;
    private static readonly TextParser<ContentHash> HashParser = ContentHash.TryParse;
    private static readonly TextParser<MediaType> MediaTypeParser = MediaType.TryParse;
    private static readonly TextParser<LocalDate> DateParser = static (string s, out LocalDate v) => IsoDate.TryParse(s, out v);
    private static readonly TextParser<Instant> InstantParser = static (string s, out Instant v) => InstantPattern.General.Parse(s).TryGetValue(default, out v);

    private static readonly int IdentityMask =
        SubmissionShape.Student.Mask("nationalId", "birthDate", "name", "school", "studentNumber", "programme", "grade", "className", "seat");

    private static readonly int BasicDataMask = SubmissionShape.Student.Mask("cadres", "autobiography", "enrollment");
    private static readonly int CoursesMask = SubmissionShape.Student.Mask("courses");
    private static readonly int OutcomesMask = SubmissionShape.Student.Mask("outcomes");
    private static readonly int PerformancesMask = SubmissionShape.Student.Mask("performances");

    private readonly SubmissionReaderOptions _options;
    private readonly IPositionLocator _locator;
    private readonly JsonPathBuilder _path = new();
    private readonly List<PendingError> _errors = [];
    private readonly HashSet<RecordId> _ids = [];
    private byte[] _buffer = [];
    private int _sliceStart;
    private int _base;
    private int? _index;
    private RecordId? _recordId;

    public StudentParser(SubmissionReaderOptions options, IPositionLocator locator)
    {
        _options = options;
        _locator = locator;
    }

    /// <summary>Parses <c>buffer[start..start+length]</c>, the student at <paramref name="index"/>.</summary>
    public StudentReadResult Parse(byte[] buffer, int start, int length, int index, SubmissionHeader header, HashSet<StudentKey> keys)
    {
        _buffer = buffer;
        _sliceStart = start;
        _base = 0;
        _index = index;
        _errors.Clear();
        _path.Reset();
        _path.Push("students");
        _path.Push(index);
        _recordId = null;
        StudentSubmission? student = null;
        StudentKey? key = null;
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, length), isFinalBlock: true, state: default);
            reader.Read();
            student = ParseStudent(ref reader, header, out key);
        }
        catch (JsonException ex)
        {
            // The framer checks only the structure (brackets, strings); the tokens are checked here. A student whose
            // JSON is malformed is reported with that one error, as a whole.
            _errors.Clear();
            _path.TruncateTo(2);
            Report(ImportRules.MalformedJson, SliceIndexOf(ex, length), _path.Render(), Shorten(CleanJsonMessage(ex)));
            student = null;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString/CopyString: a name or value escaping an unpaired surrogate ("\ud800"), which the
            // syntax check lets through.
            Report(ImportRules.MalformedJson, 0, _path.Render(), "a string escapes an unpaired surrogate");
            student = null;
        }

        if (key is { } k && !keys.Add(k))
        {
            _path.TruncateTo(2);
            Report(ImportRules.Duplicate, 0, _path.Render(), "student", k.ToString());
        }

        var errors = Materialize(key);
        return new StudentReadResult(index, errors.Count == 0 ? student : null, errors);
    }

    /// <summary>
    /// Parses <c>buffer[start..start+length]</c>, a whole exchange package (already checked to be well-formed JSON),
    /// with the same record readers as a student; errors have no student index.
    /// </summary>
    public (ExchangePackage? Package, List<SubmissionError> Errors) ParseExchange(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _sliceStart = start;
        _base = 0;
        _index = null;
        _errors.Clear();
        _path.Reset();
        _recordId = null;
        ExchangePackage? package = null;
        StudentKey? key = null;
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, length), isFinalBlock: true, state: default);
            reader.Read();
            package = ParsePackage(ref reader, out key);
        }
        catch (JsonException ex)
        {
            Report(ImportRules.MalformedJson, 0, _path.Render(), Shorten(ex.Message));
            package = null;
        }
        catch (InvalidOperationException)
        {
            Report(ImportRules.MalformedJson, 0, _path.Render(), "a string escapes an unpaired surrogate");
            package = null;
        }

        var errors = Materialize(key);
        return (errors.Count == 0 ? package : null, errors);
    }

    private static string CleanJsonMessage(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    // Where in the slice a reader error is: the exception counts lines and bytes from the slice's start.
    private int SliceIndexOf(JsonException ex, int length)
    {
        var slice = new ReadOnlySpan<byte>(_buffer, _sliceStart, length);
        var pos = 0;
        for (var line = ex.LineNumber ?? 0; line > 0; line--)
        {
            var next = slice[pos..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return length;
            }

            pos += next + 1;
        }

        return (int)Math.Min(pos + (ex.BytePositionInLine ?? 0), length);
    }

    private static string Shorten(string text) => Internal.ErrorText.Excerpt(text, MaxShownValueLength);

    private static string CleanMessage(Exception ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string TokenName(JsonTokenType type) => JsonTokenNames.Describe(type);

    private List<SubmissionError> Materialize(StudentKey? key)
    {
        var list = new List<SubmissionError>(_errors.Count);
        foreach (var e in _errors)
        {
            var issue = new ValidationIssue(e.Rule, key, e.RecordId, e.Path, e.Arguments);
            list.Add(new SubmissionError(issue, _index, e.Position));
        }

        return list;
    }

    private void Report(RuleDescriptor rule, long tokenStart, string path, params string[] arguments)
    {
        var position = _locator.Locate(_sliceStart + _base + (int)tokenStart);
        _errors.Add(new PendingError(rule, path, _recordId, arguments, position));
    }

    private void WrongType(ref Utf8JsonReader r, string expected)
    {
        Report(ImportRules.WrongType, r.TokenStartIndex, _path.Render(), _path.Render(), expected, TokenName(r.TokenType));
        SkipValue(ref r);
    }

    private static void SkipValue(ref Utf8JsonReader r)
    {
        if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            r.Skip();
        }
    }

    /// <summary>Moves to the next known property's value, reporting and skipping unknown and repeated ones; returns -1 at the end of the object.</summary>
    private int NextProperty(ref Utf8JsonReader r, JsonShape shape, ref int seen)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var at = r.TokenStartIndex;
            var p = shape.Match(ref r);
            if (p < 0)
            {
                var name = PropertyName(ref r);
                Report(ImportRules.UnknownProperty, at, _path.Render(name), _path.Render(name));
                r.Read();
                SkipValue(ref r);
                continue;
            }

            if ((seen & (1 << p)) != 0)
            {
                var path = _path.Render(shape.Properties[p]);
                Report(ImportRules.DuplicateProperty, at, path, path);
                r.Read();
                SkipValue(ref r);
                continue;
            }

            seen |= 1 << p;
            r.Read();
            _path.Push(shape.Properties[p]);
            return p;
        }

        return -1;
    }

    private string PropertyName(ref Utf8JsonReader r)
    {
        try
        {
            return r.GetString() ?? string.Empty;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            Report(ImportRules.InvalidUtf8, r.TokenStartIndex, _path.Render("?"), _path.Render("?"));
            return "?";
        }
    }

    private void CheckRequired(JsonShape shape, int seen, int required, long objectStart)
    {
        var missing = required & ~seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                var path = _path.Render(shape.Properties[i]);
                Report(ImportRules.MissingProperty, objectStart, path, path);
            }
        }
    }

    private bool EnterObject(ref Utf8JsonReader r, bool nullable)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (!(nullable && r.TokenType == JsonTokenType.Null))
        {
            WrongType(ref r, nullable ? "an object or null" : "an object");
        }

        return false;
    }

    private List<T>? Array<T>(ref Utf8JsonReader r, ElementReader<T> read, bool recordIds)
        where T : class
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref r, "an array");
            return null;
        }

        if (recordIds)
        {
            _ids.Clear();
        }

        var list = new List<T>();
        var i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            _path.Push(i++);
            var saved = _recordId;
            _recordId = null;
            var item = read(ref r);
            _recordId = saved;
            if (item is not null)
            {
                list.Add(item);
            }

            _path.Pop();
        }

        return list;
    }

    private T? Build<T>(long at, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var path = _path.Render();
            Report(ImportRules.InconsistentRecord, at, path, path, CleanMessage(ex));
            return null;
        }
    }

    // ---- scalar values -------------------------------------------------------------------------------------------

    private bool StringValue(ref Utf8JsonReader r, bool nullable, out string? value)
    {
        value = null;
        switch (r.TokenType)
        {
            case JsonTokenType.Null when nullable:
                return true;
            case JsonTokenType.String:
                var max = _options.MaxStringLength;
                if (!r.ValueIsEscaped && r.ValueSpan.Length > max)
                {
                    var count = Encoding.UTF8.GetCharCount(r.ValueSpan);
                    if (count > max)
                    {
                        TooLong(ref r, count);
                        return false;
                    }
                }

                try
                {
                    value = r.GetString();
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    Report(ImportRules.InvalidUtf8, r.TokenStartIndex, _path.Render(), _path.Render());
                    return false;
                }

                if (value is null || value.Length > max)
                {
                    TooLong(ref r, value?.Length ?? 0);
                    value = null;
                    return false;
                }

                return true;
            default:
                WrongType(ref r, nullable ? "a string or null" : "a string");
                return false;
        }
    }

    private void TooLong(ref Utf8JsonReader r, int length) =>
        Report(
            ImportRules.StringTooLong,
            r.TokenStartIndex,
            _path.Render(),
            _path.Render(),
            length.ToString(CultureInfo.InvariantCulture),
            _options.MaxStringLength.ToString(CultureInfo.InvariantCulture));

    private bool Text<T>(ref Utf8JsonReader r, bool nullable, TextParser<T> parse, Func<T, string> format, string expected, out T? value)
        where T : struct
    {
        value = null;
        var at = r.TokenStartIndex;
        if (!StringValue(ref r, nullable, out var text))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!parse(text, out var parsed) || !string.Equals(format(parsed), text, StringComparison.Ordinal))
        {
            Report(ImportRules.InvalidValue, at, _path.Render(), _path.Render(), Shorten(text), expected);
            return false;
        }

        value = parsed;
        return true;
    }

    private bool TermValue(ref Utf8JsonReader r, bool nullable, out Term? value) =>
        Text(ref r, nullable, TermParser, static t => t.ToString(), "a term such as 114-1 (ROC year, '-', semester 1 or 2)", out value);

    private bool DateValue(ref Utf8JsonReader r, bool nullable, out LocalDate? value) =>
        Text(ref r, nullable, DateParser, SubmissionWriter.FormatDate, "an ISO-8601 date yyyy-MM-dd", out value);

    private bool InstantValue(ref Utf8JsonReader r, bool nullable, out Instant? value) =>
        Text(ref r, nullable, InstantParser, SubmissionWriter.FormatInstant, "an ISO-8601 UTC instant yyyy-MM-ddTHH:mm:ssZ", out value);

    private bool SchoolValue(ref Utf8JsonReader r, bool nullable, out SchoolCode? value) =>
        Text(ref r, nullable, SchoolParser, static s => s.ToString(), "a school code of six digits or upper-case letters", out value);

    private bool CourseCodeValue(ref Utf8JsonReader r, bool nullable, out CourseCode? value) =>
        Text(ref r, nullable, CourseCodeParser, static c => c.ToString(), "a 23-character course code", out value);

    private bool HashValue(ref Utf8JsonReader r, bool nullable, out ContentHash? value) =>
        Text(ref r, nullable, HashParser, static h => h.ToString(), "64 lower-case hexadecimal digits (SHA-256)", out value);

    private bool MediaTypeValue(ref Utf8JsonReader r, out MediaType? value) =>
        Text(ref r, false, MediaTypeParser, static m => m.ToString(), "a lower-case media type type/subtype", out value);

    private void Id(ref Utf8JsonReader r, out RecordId? value)
    {
        value = null;
        var at = r.TokenStartIndex;
        if (!StringValue(ref r, false, out var text) || text is null)
        {
            return;
        }

        if (!RecordId.TryParse(text, out var id))
        {
            Report(ImportRules.InvalidValue, at, _path.Render(), _path.Render(), Shorten(text), "1 to 64 characters from A-Z a-z 0-9 . _ : -");
            return;
        }

        value = id;
        _recordId = id;
        if (!_ids.Add(id))
        {
            Report(ImportRules.Duplicate, at, _path.Render(), "id", text);
        }
    }

    private bool EnumValue<T>(ref Utf8JsonReader r, bool nullable, T[] values, string[] names, out T? value)
        where T : struct, Enum
    {
        value = null;
        var at = r.TokenStartIndex;
        if (!StringValue(ref r, nullable, out var text))
        {
            return false;
        }

        if (text is null)
        {
            return true;
        }

        if (!JsonEnums.TryParse(text, values, names, out var parsed))
        {
            Report(ImportRules.UnknownEnumValue, at, _path.Render(), _path.Render(), Shorten(text), string.Join(", ", names));
            return false;
        }

        value = parsed;
        return true;
    }

    private bool IntValue(ref Utf8JsonReader r, bool nullable, int min, int max, out int? value)
    {
        value = null;
        switch (r.TokenType)
        {
            case JsonTokenType.Null when nullable:
                return true;
            case JsonTokenType.Number:
                if (r.TryGetInt32(out var v) && v >= min && v <= max)
                {
                    value = v;
                    return true;
                }

                Report(
                    ImportRules.InvalidValue,
                    r.TokenStartIndex,
                    _path.Render(),
                    _path.Render(),
                    Shorten(Encoding.UTF8.GetString(r.ValueSpan)),
                    string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
                return false;
            default:
                WrongType(ref r, nullable ? "an integer or null" : "an integer");
                return false;
        }
    }

    private bool LongValue(ref Utf8JsonReader r, out long value)
    {
        value = 0;
        if (r.TokenType != JsonTokenType.Number)
        {
            WrongType(ref r, "an integer");
            return false;
        }

        if (r.TryGetInt64(out value) && value >= 0)
        {
            return true;
        }

        Report(ImportRules.InvalidValue, r.TokenStartIndex, _path.Render(), _path.Render(), Shorten(Encoding.UTF8.GetString(r.ValueSpan)), "a whole number of bytes, 0 or more");
        return false;
    }

    private bool DecimalValue(ref Utf8JsonReader r, out decimal? value)
    {
        value = null;
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                if (r.TryGetDecimal(out var v))
                {
                    value = v;
                    return true;
                }

                Report(ImportRules.InvalidValue, r.TokenStartIndex, _path.Render(), _path.Render(), Shorten(Encoding.UTF8.GetString(r.ValueSpan)), "a decimal number within ±7.9E28");
                return false;
            default:
                WrongType(ref r, "a number or null");
                return false;
        }
    }

    private bool BoolValue(ref Utf8JsonReader r, bool nullable, out bool? value)
    {
        value = null;
        switch (r.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Null when nullable:
                return true;
            default:
                WrongType(ref r, nullable ? "a boolean or null" : "a boolean");
                return false;
        }
    }

    // ---- objects -------------------------------------------------------------------------------------------------

    private StudentSubmission? ParseStudent(ref Utf8JsonReader r, SubmissionHeader header, out StudentKey? key)
    {
        key = null;
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Student;
        var start = r.TokenStartIndex;
        var seen = 0;
        NationalId? id = null;
        LocalDate? birth = null;
        SchoolCode? school = null;
        string? name = null, studentNumber = null, programme = null, className = null;
        int? grade = null, seat = null;
        List<CadreRecord>? cadres = null;
        List<CourseRecord>? courses = null;
        List<CourseLearningOutcome>? outcomes = null;
        List<MultiPerformanceItem>? performances = null;
        List<EnrollmentEvent>? events = null;
        Autobiography? autobiography = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: id = NationalIdValue(ref r); break;
                case 1: DateValue(ref r, false, out birth); break;
                case 2: StringValue(ref r, false, out name); break;
                case 3: SchoolValue(ref r, false, out school); break;
                case 4: StringValue(ref r, false, out studentNumber); break;
                case 5: StringValue(ref r, false, out programme); break;
                case 6: IntValue(ref r, false, 1, StudentBasicData.MaxGrade, out grade); break;
                case 7: StringValue(ref r, false, out className); break;
                case 8: IntValue(ref r, true, 1, int.MaxValue, out seat); break;
                case 9:
                    if (Declared(ref r, header, ContentKinds.BasicData))
                    {
                        cadres = Array<CadreRecord>(ref r, Cadre, recordIds: true);
                    }

                    break;
                case 10:
                    if (Declared(ref r, header, ContentKinds.CourseRecords))
                    {
                        courses = Array<CourseRecord>(ref r, Course, recordIds: true);
                    }

                    break;
                case 11:
                    if (Declared(ref r, header, ContentKinds.CourseOutcomes))
                    {
                        outcomes = Array<CourseLearningOutcome>(ref r, Outcome, recordIds: true);
                    }

                    break;
                case 12:
                    if (Declared(ref r, header, ContentKinds.MultiPerformance))
                    {
                        performances = Array<MultiPerformanceItem>(ref r, Performance, recordIds: true);
                    }

                    break;
                case 13:
                    if (Declared(ref r, header, ContentKinds.BasicData))
                    {
                        autobiography = AutobiographyValue(ref r);
                    }

                    break;
                case 14:
                    if (Declared(ref r, header, ContentKinds.BasicData))
                    {
                        events = Array<EnrollmentEvent>(ref r, EnrollmentEventValue, recordIds: false);
                    }

                    break;
            }

            _path.Pop();
        }

        var required = IdentityMask;
        if (header.Declares(ContentKinds.BasicData))
        {
            required |= BasicDataMask;
        }

        if (header.Declares(ContentKinds.CourseRecords))
        {
            required |= CoursesMask;
        }

        if (header.Declares(ContentKinds.CourseOutcomes))
        {
            required |= OutcomesMask;
        }

        if (header.Declares(ContentKinds.MultiPerformance))
        {
            required |= PerformancesMask;
        }

        CheckRequired(shape, seen, required, start);
        if (id is { } nationalId && birth is { } birthDate)
        {
            key = new StudentKey(nationalId, birthDate);
        }

        if (_errors.Count > 0)
        {
            return null;
        }

        var basic = Build(start, () => new StudentBasicData(id!.Value, birth!.Value, name!, school!.Value, studentNumber!, programme!, grade!.Value, className!, seat));
        if (basic is null)
        {
            return null;
        }

        var history = Build(start, () => new EnrollmentHistory(events));
        return history is null ? null : StudentSubmission.Create(basic, cadres, courses, outcomes, performances, autobiography, history);
    }

    private ExchangePackage? ParsePackage(ref Utf8JsonReader r, out StudentKey? key)
    {
        key = null;
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.ExchangePackage;
        var start = r.TokenStartIndex;
        var seen = 0;
        NationalId? id = null;
        LocalDate? birth = null;
        SchoolCode? source = null;
        Instant? exportedAt = null;
        List<RecordId>? omitted = null;
        List<CadreRecord>? cadres = null;
        List<CourseRecord>? courses = null;
        List<CourseLearningOutcome>? outcomes = null;
        List<MultiPerformanceItem>? performances = null;
        List<EnrollmentEvent>? events = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: SchemaVersionValue(ref r, ExchangePackageFile.SchemaVersion); break;
                case 1: id = NationalIdValue(ref r); break;
                case 2: DateValue(ref r, false, out birth); break;
                case 3: SchoolValue(ref r, false, out source); break;
                case 4: InstantValue(ref r, false, out exportedAt); break;
                case 5: omitted = IdArray(ref r); break;
                case 6: cadres = Array<CadreRecord>(ref r, Cadre, recordIds: true); break;
                case 7: courses = Array<CourseRecord>(ref r, Course, recordIds: true); break;
                case 8: outcomes = Array<CourseLearningOutcome>(ref r, Outcome, recordIds: true); break;
                case 9: performances = Array<MultiPerformanceItem>(ref r, Performance, recordIds: true); break;
                case 10: events = Array<EnrollmentEvent>(ref r, EnrollmentEventValue, recordIds: false); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        if (id is { } nationalId && birth is { } birthDate)
        {
            key = new StudentKey(nationalId, birthDate);
        }

        if (_errors.Count > 0)
        {
            return null;
        }

        var history = Build(start, () => new EnrollmentHistory(events));
        return history is null
            ? null
            : Build(start, () => new ExchangePackage(new StudentKey(id!.Value, birth!.Value), source!.Value, exportedAt!.Value, courses, outcomes, performances, cadres, history, omitted));
    }

    private void SchemaVersionValue(ref Utf8JsonReader r, string supported)
    {
        var at = r.TokenStartIndex;
        if (StringValue(ref r, false, out var text) && !string.Equals(text, supported, StringComparison.Ordinal))
        {
            Report(ImportRules.UnsupportedSchemaVersion, at, _path.Render(), Shorten(text ?? string.Empty), supported);
        }
    }

    private List<RecordId>? IdArray(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref r, "an array");
            return null;
        }

        _ids.Clear();
        var list = new List<RecordId>();
        var i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            _path.Push(i++);
            Id(ref r, out var id);
            if (id is { } value)
            {
                list.Add(value);
            }

            _path.Pop();
        }

        _recordId = null;
        return list;
    }

    private bool Declared(ref Utf8JsonReader r, SubmissionHeader header, ContentKinds kind)
    {
        if (header.Declares(kind))
        {
            return true;
        }

        var path = _path.Render();
        Report(ImportRules.UndeclaredContent, r.TokenStartIndex, path, path, JsonEnums.Name(kind, JsonEnums.ContentKindValues, JsonEnums.ContentKindNames));
        SkipValue(ref r);
        return false;
    }

    private NationalId? NationalIdValue(ref Utf8JsonReader r)
    {
        var at = r.TokenStartIndex;
        if (!StringValue(ref r, false, out var text) || text is null)
        {
            return null;
        }

        var error = NationalId.TryParseCore(text, out var id);
        if (error == NationalIdError.None && string.Equals(id.ToUnmaskedString(), text, StringComparison.Ordinal))
        {
            return id;
        }

        var reason = error == NationalIdError.None ? "spaces" : NationalId.ErrorName(error);
        Report(ImportRules.InvalidNationalId, at, _path.Render(), NationalId.Mask(text), reason);
        return null;
    }

    private CadreRecord? Cadre(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Cadre;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        RecordId? id = null;
        Term? term = null;
        CadreLevel? level = null;
        string? unit = null, title = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: Id(ref r, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: EnumValue(ref r, false, JsonEnums.CadreLevelValues, JsonEnums.CadreLevelNames, out level); break;
                case 3: StringValue(ref r, false, out unit); break;
                case 4: StringValue(ref r, false, out title); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return _errors.Count != before ? null : Build(start, () => new CadreRecord(id!.Value, term!.Value, level!.Value, unit!, title!));
    }

    private CourseRecord? Course(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Course;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        RecordId? id = null;
        Term? term = null;
        CourseCode? code = null;
        string? subject = null;
        int? credits = null;
        decimal? score = null;
        CourseRecordKind? kind = null;
        CourseOrigin? origin = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: Id(ref r, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: CourseCodeValue(ref r, false, out code); break;
                case 3: StringValue(ref r, false, out subject); break;
                case 4: IntValue(ref r, false, 0, int.MaxValue, out credits); break;
                case 5: DecimalValue(ref r, out score); break;
                case 6: EnumValue(ref r, false, JsonEnums.CourseKindValues, JsonEnums.CourseKindNames, out kind); break;
                case 7: origin = OriginValue(ref r); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return _errors.Count != before ? null : Build(start, () => new CourseRecord(id!.Value, term!.Value, code!.Value, subject!, credits!.Value, score, kind!.Value, origin));
    }

    private CourseOrigin? OriginValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, true))
        {
            return null;
        }

        var shape = SubmissionShape.Origin;
        var start = r.TokenStartIndex;
        var seen = 0;
        SchoolCode? school = null;
        Term? term = null;
        CourseCode? code = null;
        string? subject = null;
        int? credits = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: SchoolValue(ref r, true, out school); break;
                case 1: TermValue(ref r, true, out term); break;
                case 2: CourseCodeValue(ref r, true, out code); break;
                case 3: StringValue(ref r, true, out subject); break;
                case 4: IntValue(ref r, true, 0, int.MaxValue, out credits); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return new CourseOrigin(school, term, code, subject, credits);
    }

    private CourseLearningOutcome? Outcome(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Outcome;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        RecordId? id = null;
        Term? term = null;
        CourseCode? code = null;
        CourseRecordKind? kind = null;
        CourseOrigin? origin = null;
        string? title = null, description = null;
        List<MediaFile>? files = null;
        Certification? certification = null;
        bool? selected = null;
        ContentHash? contentHash = null;
        long hashAt = 0;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: Id(ref r, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: CourseCodeValue(ref r, false, out code); break;
                case 3: EnumValue(ref r, false, JsonEnums.CourseKindValues, JsonEnums.CourseKindNames, out kind); break;
                case 4: origin = OriginValue(ref r); break;
                case 5: StringValue(ref r, false, out title); break;
                case 6: StringValue(ref r, false, out description); break;
                case 7: files = Array<MediaFile>(ref r, File, recordIds: false); break;
                case 8: certification = CertificationValue(ref r); break;
                case 9: BoolValue(ref r, false, out selected); break;
                case 10:
                    hashAt = r.TokenStartIndex;
                    HashValue(ref r, false, out contentHash);
                    break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        if (_errors.Count != before)
        {
            return null;
        }

        var outcome = Build(start, () => new CourseLearningOutcome(id!.Value, term!.Value, code!.Value, title!, description!, files, certification, selected!.Value, kind!.Value, origin));
        if (outcome is not null && outcome.ContentHash != contentHash)
        {
            var path = _path.Render("contentHash");
            Report(ImportRules.ContentHashMismatch, hashAt, path, path, outcome.ContentHash.ToString());
            return null;
        }

        return outcome;
    }

    private MediaFile? File(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.File;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        string? name = null;
        MediaType? type = null;
        long size = 0;
        ContentHash? hash = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0:
                    var at = r.TokenStartIndex;
                    if (StringValue(ref r, false, out name) && name is not null && MediaFile.CheckFileName(name) is { } problem)
                    {
                        Report(ImportRules.InvalidValue, at, _path.Render(), _path.Render(), Shorten(name), problem);
                    }

                    break;
                case 1: MediaTypeValue(ref r, out type); break;
                case 2: LongValue(ref r, out size); break;
                case 3: HashValue(ref r, false, out hash); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return _errors.Count != before ? null : Build(start, () => new MediaFile(name!, type!.Value, size, hash!.Value));
    }

    private Certification? CertificationValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Certification;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        CertificationStatus? status = null;
        string? certifier = null, onBehalfOf = null, reason = null;
        Instant? decidedAt = null;
        ContentHash? hash = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: EnumValue(ref r, false, JsonEnums.CertificationStatusValues, JsonEnums.CertificationStatusNames, out status); break;
                case 1: StringValue(ref r, true, out certifier); break;
                case 2: StringValue(ref r, true, out onBehalfOf); break;
                case 3: InstantValue(ref r, true, out decidedAt); break;
                case 4: StringValue(ref r, true, out reason); break;
                case 5: HashValue(ref r, true, out hash); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        if (_errors.Count != before)
        {
            return null;
        }

        string? problem = status switch
        {
            CertificationStatus.Pending when certifier is not null || onBehalfOf is not null || decidedAt is not null || reason is not null || hash is not null =>
                "a pending certification has no certifier, onBehalfOf, decidedAt, rejectionReason or certifiedHash",
            CertificationStatus.Certified when certifier is null || decidedAt is null || hash is null || reason is not null =>
                "a certified outcome needs certifier, decidedAt and certifiedHash, and no rejectionReason",
            CertificationStatus.Rejected when certifier is null || decidedAt is null || reason is null || hash is not null =>
                "a rejected outcome needs certifier, decidedAt and rejectionReason, and no certifiedHash",
            _ => null,
        };
        Certification? result = null;
        if (problem is not null)
        {
            var path = _path.Render();
            Report(ImportRules.InconsistentRecord, start, path, path, problem);
        }
        else
        {
            result = status switch
            {
                CertificationStatus.Certified => Build(start, () => Certification.Certify(certifier!, decidedAt!.Value, hash!.Value, onBehalfOf)),
                CertificationStatus.Rejected => Build(start, () => Certification.Reject(certifier!, decidedAt!.Value, reason!, onBehalfOf)),
                _ => Certification.Pending,
            };
        }

        return result;
    }

    private MultiPerformanceItem? Performance(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Performance;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        RecordId? id = null;
        Term? term = null;
        PerformanceCategory? category = null;
        long detailsStart = -1, detailsEnd = -1;
        string? description = null, link = null;
        List<MediaFile>? files = null;
        bool? selected = null;
        long linkAt = 0;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: Id(ref r, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: EnumValue(ref r, false, JsonEnums.CategoryValues, JsonEnums.CategoryNames, out category); break;
                case 3:
                    if (EnterObject(ref r, false))
                    {
                        detailsStart = r.TokenStartIndex;
                        r.Skip();
                        detailsEnd = r.BytesConsumed;
                    }

                    break;
                case 4: StringValue(ref r, false, out description); break;
                case 5: files = Array<MediaFile>(ref r, File, recordIds: false); break;
                case 6:
                    linkAt = r.TokenStartIndex;
                    StringValue(ref r, true, out link);
                    break;
                case 7: BoolValue(ref r, false, out selected); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        PerformanceDetails? details = null;
        if (category is { } c && detailsStart >= 0)
        {
            details = DetailsValue(c, detailsStart, detailsEnd);
        }

        Uri? uri = null;
        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            var path = _path.Render("link");
            Report(ImportRules.InvalidValue, linkAt, path, path, Shorten(link), "an absolute http or https URI");
        }

        return _errors.Count != before || details is null
            ? null
            : Build(start, () => new MultiPerformanceItem(id!.Value, term!.Value, details, description!, files, uri, selected!.Value));
    }

    private PerformanceDetails? DetailsValue(PerformanceCategory category, long start, long end)
    {
        var categoryIndex = System.Array.IndexOf(JsonEnums.CategoryValues, category);
        var shape = SubmissionShape.DetailsByCategory[categoryIndex];
        var kinds = SubmissionShape.DetailsValueKinds[categoryIndex];
        var savedBase = _base;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _sliceStart + _base + (int)start, (int)(end - start)), isFinalBlock: true, state: default);
        _base += (int)start;
        _path.Push("details");
        try
        {
            reader.Read();
            return DetailsObject(ref reader, category, shape, kinds);
        }
        finally
        {
            _path.Pop();
            _base = savedBase;
        }
    }

    private PerformanceDetails? DetailsObject(ref Utf8JsonReader r, PerformanceCategory category, JsonShape shape, string kinds)
    {
        var before = _errors.Count;
        var seen = 0;
        var n = kinds.Length;
        var s = new string?[n];
        var d = new LocalDate?[n];
        var num = new decimal?[n];
        var i = new int?[n];
        var t = new Term?[n];
        bool? b = null;
        CadreLevel? level = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (kinds[p])
            {
                case 'S': StringValue(ref r, true, out s[p]); break;
                case 'D': DateValue(ref r, true, out d[p]); break;
                case 'N': DecimalValue(ref r, out num[p]); break;
                case 'I': IntValue(ref r, true, int.MinValue, int.MaxValue, out i[p]); break;
                case 'T': TermValue(ref r, true, out t[p]); break;
                case 'B': BoolValue(ref r, true, out b); break;
                case 'L': EnumValue(ref r, true, JsonEnums.CadreLevelValues, JsonEnums.CadreLevelNames, out level); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, 0);
        if (_errors.Count != before)
        {
            return null;
        }

        return category switch
        {
            PerformanceCategory.Cadre => new CadreDetails(s[0], d[1], d[2], s[3], level),
            PerformanceCategory.Competition => new CompetitionDetails(s[0], s[1], s[2], s[3], d[4], b),
            PerformanceCategory.Certificate => new CertificateDetails(s[0], s[1], s[2], d[3], s[4], s[5]),
            PerformanceCategory.ServiceLearning => new ServiceLearningDetails(s[0], s[1], d[2], d[3], num[4]),
            PerformanceCategory.FlexibleLearning => new FlexibleLearningDetails(s[0], s[1], s[2], t[3], i[4], i[5]),
            PerformanceCategory.GroupActivity => new GroupActivityDetails(s[0], s[1], s[2], t[3], i[4]),
            PerformanceCategory.WorkplaceLearning => new WorkplaceLearningDetails(s[0], s[1], s[2], d[3], d[4], num[5]),
            PerformanceCategory.Works => new WorkDetails(s[0], d[1]),
            PerformanceCategory.AdvancedCourse => new AdvancedCourseDetails(s[0], s[1], s[2], d[3], d[4], num[5], num[6]),
            _ => new OtherPerformanceDetails(s[0], s[1], d[2], d[3], num[4]),
        };
    }

    private Autobiography? AutobiographyValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, true))
        {
            return null;
        }

        var shape = SubmissionShape.Autobiography;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        string? career = null, expectation = null, strengths = null, interests = null;
        Instant? enteredAt = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: StringValue(ref r, false, out career); break;
                case 1: StringValue(ref r, false, out expectation); break;
                case 2: StringValue(ref r, false, out strengths); break;
                case 3: StringValue(ref r, false, out interests); break;
                case 4: InstantValue(ref r, true, out enteredAt); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return _errors.Count != before ? null : new Autobiography(career!, expectation!, strengths!, interests!, enteredAt);
    }

    private EnrollmentEvent? EnrollmentEventValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Enrollment;
        var start = r.TokenStartIndex;
        var before = _errors.Count;
        var seen = 0;
        LocalDate? date = null;
        EnrollmentEventKind? kind = null;
        SchoolCode? school = null, counterpart = null;
        string? programme = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: DateValue(ref r, false, out date); break;
                case 1: EnumValue(ref r, false, JsonEnums.EnrollmentKindValues, JsonEnums.EnrollmentKindNames, out kind); break;
                case 2: SchoolValue(ref r, false, out school); break;
                case 3: SchoolValue(ref r, true, out counterpart); break;
                case 4: StringValue(ref r, true, out programme); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        return _errors.Count != before ? null : Build(start, () => new EnrollmentEvent(date!.Value, kind!.Value, school!.Value, counterpart, programme));
    }

    private readonly record struct PendingError(RuleDescriptor Rule, string Path, RecordId? RecordId, string[] Arguments, SourcePosition Position);
}
