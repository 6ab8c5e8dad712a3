using System.Globalization;
using System.Text;
using System.Runtime.Intrinsics;
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
using StudentPortfolio.Validation;

namespace StudentPortfolio.Export;

/// <summary>
/// The one walker of the submission format's per-student JSON: reads one framed student (or an exchange package)
/// token by token, checks every format rule (types, required and unknown properties, value grammars, limits, record
/// ids, content hashes, record consistency) and fills the <see cref="StudentFacts"/> the policy rules read. The
/// importer also has it build the objects (<see cref="StudentSubmission"/>); the bulk validator does not, so its
/// passing path allocates no strings for free text.
/// </summary>
/// <remarks>
/// Both paths report exactly the same format errors, because both run this code. Never throws for bad input. Not
/// thread-safe: one instance per reader or per bulk worker.
/// </remarks>
internal sealed class StudentParser
{
    private const int MaxShownValueLength = 40;
    private const string TermExpected = "a term such as 114-1 (ROC year, '-', semester 1 or 2)";
    private const string DateExpected = "an ISO-8601 date yyyy-MM-dd";
    private const string SchoolExpected = "a school code of six digits or upper-case letters";
    private const string CourseCodeExpected = "a 23-character course code";
    private const string HashExpected = "64 lower-case hexadecimal digits (SHA-256)";
    private const string RecordIdExpected = "1 to 64 characters from A-Z a-z 0-9 . _ : -";

    private delegate T? ElementReader<T>(ref Utf8JsonReader reader)
        where T : class;

    private static readonly int IdentityMask =
        SubmissionShape.Student.Mask("nationalId", "birthDate", "name", "school", "studentNumber", "programme", "grade", "className", "seat");

    private static readonly int BasicDataMask = SubmissionShape.Student.Mask("cadres", "autobiography", "enrollment");
    private static readonly int CoursesMask = SubmissionShape.Student.Mask("courses");
    private static readonly int OutcomesMask = SubmissionShape.Student.Mask("outcomes");
    private static readonly int PerformancesMask = SubmissionShape.Student.Mask("performances");

    private static readonly byte[][] CadreLevelNames = Utf8Names(JsonEnums.CadreLevelNames);
    private static readonly byte[][] CourseKindNames = Utf8Names(JsonEnums.CourseKindNames);
    private static readonly byte[][] CertificationStatusNames = Utf8Names(JsonEnums.CertificationStatusNames);
    private static readonly byte[][] CategoryNames = Utf8Names(JsonEnums.CategoryNames);
    private static readonly byte[][] EnrollmentKindNames = Utf8Names(JsonEnums.EnrollmentKindNames);

    // Per details shape: 1 for a member that is the item's start date (startDate, resultDate, obtainedOn, date), 2 for its end date.
    private static readonly byte[][] DetailsDateRoles = Array.ConvertAll(SubmissionShape.DetailsByCategory, shape =>
        shape.Properties.Select(static n => n switch { "endDate" => (byte)2, "startDate" or "resultDate" or "obtainedOn" or "date" => (byte)1, _ => (byte)0 }).ToArray());

    private static readonly byte[][][] DetailsNames = Array.ConvertAll(SubmissionShape.DetailsByCategory, shape => Utf8Names([.. shape.Properties]));

    private readonly SubmissionReaderOptions _options;
    private readonly IPositionLocator? _locator;
    private readonly JsonPathBuilder _path = new();
    private readonly List<PendingError> _errors = [];
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly StudentFacts _ownFacts = new();
    private readonly OutcomeContentHasher _hasher = new();
    private (string?[] Text, LocalDate?[] Dates, decimal?[] Numbers, int?[] Wholes, Term?[] Terms) _details;
    private readonly ElementReader<CadreRecord> _cadre;
    private readonly ElementReader<CourseRecord> _course;
    private readonly ElementReader<CourseLearningOutcome> _outcome;
    private readonly ElementReader<MultiPerformanceItem> _performance;
    private readonly ElementReader<EnrollmentEvent> _event;
    private readonly ElementReader<MediaFile> _file;
    private readonly List<MediaFile> _files = [];

    // The current student's bytes are all valid UTF-8 (checked once per student; unescaped values need no own check).
    private bool _textValid;
    private StudentFacts _facts;
    private StudentIssueSink? _sink;
    private bool _objects;
    private int _errorCount;
    private byte[] _buffer = [];
    private byte[] _text = new byte[256];
    private int _sliceStart;
    private int _base;
    private int? _index;
    private int _element;
    private RecordKind _ownerKind;
    private int _ownerIndex;
    private (int Start, int Length) _recordId;

    /// <summary>Creates a walker; <paramref name="locator"/> turns buffer offsets into line and column (the importer's errors carry them).</summary>
    public StudentParser(SubmissionReaderOptions options, IPositionLocator? locator)
    {
        _options = options;
        _locator = locator;
        _facts = _ownFacts;
        _cadre = Cadre;
        _course = Course;
        _outcome = Outcome;
        _performance = Performance;
        _event = EnrollmentEventValue;
        _file = File;
    }

    /// <summary>Parses <c>buffer[start..start+length]</c>, the student at <paramref name="index"/>, into objects.</summary>
    public StudentReadResult Parse(byte[] buffer, int start, int length, int index, SubmissionHeader header, HashSet<StudentKey> keys)
    {
        Begin(buffer, start, index, objects: true, _ownFacts, sink: null);
        var student = WalkStudent(length, header);
        var key = _facts.Key;
        if (key is { } k && !keys.Add(k))
        {
            _path.TruncateTo(2);
            Report(ImportRules.Duplicate, 0, _path.Render(), "student", k.ToString());
        }

        var errors = Materialize(key);
        return new StudentReadResult(index, errors.Count == 0 ? student : null, errors);
    }

    /// <summary>
    /// Walks <c>buffer[0..length]</c>, the student at <paramref name="index"/>, without building objects: format errors
    /// go to <paramref name="sink"/>, the rules' facts to <paramref name="facts"/>. Returns <see langword="false"/>
    /// when the student's JSON is malformed (then the facts are incomplete and only that error is reported).
    /// </summary>
    public bool Walk(byte[] buffer, int length, long index, SubmissionHeader? header, StudentFacts facts, StudentIssueSink sink)
    {
        Begin(buffer, 0, (int)Math.Min(index, int.MaxValue), objects: false, facts, sink);
        facts.Reset(index);
        return WalkStudent(length, header, out _);
    }

    /// <summary>
    /// Parses <c>buffer[start..start+length]</c>, a whole exchange package (already checked to be well-formed JSON),
    /// with the same record readers as a student; errors have no student index.
    /// </summary>
    public (ExchangePackage? Package, List<SubmissionError> Errors) ParseExchange(byte[] buffer, int start, int length)
    {
        Begin(buffer, start, null, objects: true, _ownFacts, sink: null);
        _facts.Reset("$");
        ExchangePackage? package = null;
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, length), isFinalBlock: true, state: default);
            reader.Read();
            package = ParsePackage(ref reader);
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

        var errors = Materialize(_facts.Key);
        return (errors.Count == 0 ? package : null, errors);
    }

    private static byte[][] Utf8Names(string[] names) => Array.ConvertAll(names, static n => Encoding.UTF8.GetBytes(n));

    private void Begin(byte[] buffer, int start, int? index, bool objects, StudentFacts facts, StudentIssueSink? sink)
    {
        _buffer = buffer;
        _sliceStart = start;
        _textValid = false;
        _base = 0;
        _index = index;
        _objects = objects;
        _facts = facts;
        _sink = sink;
        _errors.Clear();
        _errorCount = 0;
        _ids.Clear();
        _path.Reset();
        _recordId = default;
        if (index is { } i)
        {
            _path.Push("students");
            _path.Push(i);
            if (objects)
            {
                facts.Reset(i);
            }
        }
    }

    private StudentSubmission? WalkStudent(int length, SubmissionHeader? header) => WalkStudent(length, header, out var student) ? student : null;

    private bool WalkStudent(int length, SubmissionHeader? header, out StudentSubmission? student)
    {
        student = null;
        try
        {
            var slice = new ReadOnlySpan<byte>(_buffer, _sliceStart, length);

            // One vectorised pass over the whole student: when its bytes are valid UTF-8, only escaped strings need a
            // check of their own.
            _textValid = System.Text.Unicode.Utf8.IsValid(slice);
            var reader = new Utf8JsonReader(slice, isFinalBlock: true, state: default);
            reader.Read();
            student = ParseStudent(ref reader, header);
            return true;
        }
        catch (JsonException ex)
        {
            // The framer checks only the structure (brackets, strings); the tokens are checked here. A student whose
            // JSON is malformed is reported with that one error, as a whole.
            Malformed(Shorten(CleanJsonMessage(ex)), SliceIndexOf(ex, length));
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader.GetString/CopyString on a name escaping an unpaired surrogate ("\ud800").
            Malformed("a string escapes an unpaired surrogate", 0);
        }

        student = null;
        return false;
    }

    private void Malformed(string detail, long at)
    {
        _errors.Clear();
        _sink?.Clear();
        _errorCount = 0;
        _recordId = default;
        _path.TruncateTo(2);
        Report(ImportRules.MalformedJson, at, _path.Render(), detail);
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

    private static string Shorten(string text) => ErrorText.Excerpt(text, MaxShownValueLength);

    private static string Shown(ReadOnlySpan<byte> utf8) => Shorten(Encoding.UTF8.GetString(utf8));

    private static string CleanMessage(Exception ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

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
        _errorCount++;
        RecordId? id = _recordId.Length > 0 && RecordId.TryParse(_facts.Stored(_recordId.Start, _recordId.Length), out var parsed) ? parsed : null;
        if (_sink is { } sink)
        {
            sink.Add(rule, id, path, arguments);
            return;
        }

        var position = _locator?.Locate(_sliceStart + _base + (int)tokenStart) ?? default;
        _errors.Add(new PendingError(rule, path, id, arguments, position));
    }

    /// <summary>
    /// Counts an issue the student's issue cap would drop anyway, without building its path and message (the bulk
    /// path; the importer keeps every error). Returns <see langword="true"/> when it was counted so.
    /// </summary>
    private bool Counted(RuleDescriptor rule)
    {
        if (_sink is not { IsFull: true } sink)
        {
            return false;
        }

        _errorCount++;
        sink.CountDropped(rule);
        return true;
    }

    private void WrongType(ref Utf8JsonReader r, string expected)
    {
        if (!Counted(ImportRules.WrongType))
        {
            Report(ImportRules.WrongType, r.TokenStartIndex, _path.Render(), _path.Render(), expected, JsonTokenNames.Describe(r.TokenType));
        }

        SkipValue(ref r);
    }

    private void InvalidValue(long at, ReadOnlySpan<byte> value, string expected)
    {
        if (!Counted(ImportRules.InvalidValue))
        {
            Report(ImportRules.InvalidValue, at, _path.Render(), _path.Render(), Shown(value), expected);
        }
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
            var p = shape.Match(ref r, System.Numerics.BitOperations.TrailingZeroCount(~seen));
            if (p < 0)
            {
                if (!Counted(ImportRules.UnknownProperty))
                {
                    var name = PropertyName(ref r);
                    Report(ImportRules.UnknownProperty, at, _path.Render(name), _path.Render(name));
                }

                r.Read();
                SkipValue(ref r);
                continue;
            }

            if ((seen & (1 << p)) != 0)
            {
                if (!Counted(ImportRules.DuplicateProperty))
                {
                    var path = _path.Render(shape.Properties[p]);
                    Report(ImportRules.DuplicateProperty, at, path, path);
                }

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
            if (!Counted(ImportRules.InvalidUtf8))
            {
                Report(ImportRules.InvalidUtf8, r.TokenStartIndex, _path.Render("?"), _path.Render("?"));
            }

            return "?";
        }
    }

    private void CheckRequired(JsonShape shape, int seen, int required, long objectStart)
    {
        var missing = required & ~seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0 && !Counted(ImportRules.MissingProperty))
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

    // reuse: a list to clear and fill instead of a new one (the files of one record: its constructor copies them
    // before the next record is read).
    private List<T>? Elements<T>(ref Utf8JsonReader r, ElementReader<T> read, List<T>? reuse = null)
        where T : class
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref r, "an array");
            return null;
        }

        reuse?.Clear();
        var list = _objects ? reuse ?? new List<T>() : null;
        var i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            _path.Push(i);
            _element = i++;
            var saved = _recordId;
            _recordId = default;
            var item = read(ref r);
            _recordId = saved;
            if (item is not null)
            {
                list?.Add(item);
            }

            _path.Pop();
        }

        return list;
    }

    // The state is passed to a static lambda, so no closure is allocated for a record that is not built.
    private T? Build<TState, T>(long at, TState state, Func<TState, T> create)
        where T : class
    {
        try
        {
            return create(state);
        }
        catch (ArgumentException ex)
        {
            Inconsistent(at, ex);
            return null;
        }
    }

    private void Inconsistent(long at, Exception ex)
    {
        var path = _path.Render();
        Report(ImportRules.InconsistentRecord, at, path, path, CleanMessage(ex));
    }

    // ---- scalar values -------------------------------------------------------------------------------------------

    // The string value's bytes, unescaped into a reused buffer when the JSON escapes it.
    private ReadOnlySpan<byte> Value(ref Utf8JsonReader r)
    {
        if (!r.ValueIsEscaped)
        {
            return r.ValueSpan;
        }

        if (_text.Length < r.ValueSpan.Length)
        {
            _text = new byte[Math.Max(r.ValueSpan.Length, _text.Length * 2)];
        }

        return _text.AsSpan(0, r.CopyString(_text));
    }

    /// <summary>
    /// Checks the current value is a string (or null when <paramref name="nullable"/>) of valid text within the length
    /// limit: 1 for a string, 0 for null, -1 when reported.
    /// </summary>
    private int StringToken(ref Utf8JsonReader r, bool nullable)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null when nullable:
                return 0;
            case JsonTokenType.String:
                scoped ReadOnlySpan<byte> bytes;
                try
                {
                    bytes = Value(ref r);
                }
                catch (InvalidOperationException)
                {
                    bytes = "\uFFFF"u8; // an escaped unpaired surrogate: reported as invalid text below
                }

                if ((!_textValid || r.ValueIsEscaped || bytes.Length == 3) && (!System.Text.Unicode.Utf8.IsValid(bytes) || bytes.SequenceEqual("\uFFFF"u8)))
                {
                    if (!Counted(ImportRules.InvalidUtf8))
                    {
                        Report(ImportRules.InvalidUtf8, r.TokenStartIndex, _path.Render(), _path.Render());
                    }

                    return -1;
                }

                var max = _options.MaxStringLength;
                if (bytes.Length > max)
                {
                    var count = Encoding.UTF8.GetCharCount(bytes);
                    if (count > max)
                    {
                        Report(
                            ImportRules.StringTooLong,
                            r.TokenStartIndex,
                            _path.Render(),
                            _path.Render(),
                            count.ToString(CultureInfo.InvariantCulture),
                            max.ToString(CultureInfo.InvariantCulture));
                        return -1;
                    }
                }

                return 1;
            default:
                WrongType(ref r, nullable ? "a string or null" : "a string");
                return -1;
        }
    }

    /// <summary>Reads free text; the string is built only when objects are (<paramref name="always"/> forces it).</summary>
    private bool StringValue(ref Utf8JsonReader r, bool nullable, out string? value, bool always = false)
    {
        value = null;
        var state = StringToken(ref r, nullable);
        if (state > 0 && (_objects || always))
        {
            value = r.GetString();
        }

        return state >= 0;
    }

    /// <summary>Reads free text and returns its length in characters (code points); -1 when absent, null or reported.</summary>
    private int TextValue(ref Utf8JsonReader r, bool nullable, out string? value, out bool blank)
    {
        blank = false;
        value = null;
        var state = StringToken(ref r, nullable);
        if (state <= 0)
        {
            return -1;
        }

        var bytes = Value(ref r);
        blank = IsBlank(bytes);
        if (_objects)
        {
            value = r.GetString();
        }

        return TextLength(bytes);
    }

    private bool Parsed<T>(ref Utf8JsonReader r, bool nullable, Utf8Parser<T> parse, string expected, out T? value)
        where T : struct =>
        Checked(ref r, nullable, null, parse, expected, keep: false, out _, out _, out value);

    private delegate bool Utf8Parser<T>(ReadOnlySpan<byte> utf8, out T value);

    private static readonly Utf8Parser<Term> TermParser = Term.TryParseCanonical;
    private static readonly Utf8Parser<LocalDate> DateParser = IsoDate.TryParse;
    private static readonly Utf8Parser<SchoolCode> SchoolParser = SchoolCode.TryParse;
    private static readonly Utf8Parser<CourseCode> CourseCodeParser = CourseCode.TryParse;
    private static readonly Utf8Parser<Instant> InstantParser = static (ReadOnlySpan<byte> s, out Instant v) =>
    {
        if (IsoDate.TryParseInstant(s, out v))
        {
            return true;
        }

        var text = Encoding.UTF8.GetString(s);
        return InstantPattern.General.Parse(text).TryGetValue(default, out v) && string.Equals(SubmissionWriter.FormatInstant(v), text, StringComparison.Ordinal);
    };

    private bool TermValue(ref Utf8JsonReader r, bool nullable, out Term? value) => Parsed(ref r, nullable, TermParser, TermExpected, out value);

    private bool DateValue(ref Utf8JsonReader r, bool nullable, out LocalDate? value) => Parsed(ref r, nullable, DateParser, DateExpected, out value);

    private bool InstantValue(ref Utf8JsonReader r, bool nullable, out Instant? value) =>
        Parsed(ref r, nullable, InstantParser, "an ISO-8601 UTC instant yyyy-MM-ddTHH:mm:ssZ", out value);

    private bool SchoolValue(ref Utf8JsonReader r, bool nullable, out SchoolCode? value) => Parsed(ref r, nullable, SchoolParser, SchoolExpected, out value);

    private bool CourseCodeValue(ref Utf8JsonReader r, bool nullable, out CourseCode? value) => Parsed(ref r, nullable, CourseCodeParser, CourseCodeExpected, out value);

    /// <summary>A course code kept as bytes in the facts' arena (the object only when objects are built).</summary>
    private void CourseCodeField(ref Utf8JsonReader r, ref RecordFact record, out CourseCode? value) =>
        record.HasCourseCode = Stored(ref r, false, CourseCode.IsValid, CourseCodeParser, CourseCodeExpected, out record.CourseCodeStart, out record.CourseCodeLength, out value)
            && record.CourseCodeLength > 0;

    /// <summary>A SHA-256 kept as bytes in the facts' arena; the object only when objects are built.</summary>
    private bool HashField(ref Utf8JsonReader r, bool nullable, out int start, out int length, out ContentHash? value) =>
        Stored(ref r, nullable, ContentHash.IsWrittenForm, ContentHash.TryParse, HashExpected, out start, out length, out value);

    /// <summary>
    /// A value kept as its bytes in the facts' arena once in its written form; the value itself is parsed only when
    /// objects are built. Returns <see langword="false"/> when reported.
    /// </summary>
    private bool Stored<T>(ref Utf8JsonReader r, bool nullable, Utf8Check isWritten, Utf8Parser<T> parse, string expected, out int start, out int length, out T? value)
        where T : struct =>
        Checked(ref r, nullable, isWritten, parse, expected, keep: true, out start, out length, out value);

    /// <summary>
    /// Reads a string (or null when <paramref name="nullable"/>) that must be a value of a grammar: checked by
    /// <paramref name="isWritten"/> on the bytes when given (then parsed only for objects), else by parsing it;
    /// <paramref name="keep"/> stores the bytes in the facts' arena. Returns <see langword="false"/> when reported.
    /// </summary>
    private bool Checked<T>(ref Utf8JsonReader r, bool nullable, Utf8Check? isWritten, Utf8Parser<T> parse, string expected, bool keep, out int start, out int length, out T? value)
        where T : struct
    {
        start = length = 0;
        value = null;
        var at = r.TokenStartIndex;
        var state = StringToken(ref r, nullable);
        if (state <= 0)
        {
            return state == 0;
        }

        var bytes = Value(ref r);
        T parsed = default;
        var needed = isWritten is null || _objects;
        if (!(isWritten?.Invoke(bytes) ?? true) || (needed && !parse(bytes, out parsed)))
        {
            InvalidValue(at, bytes, expected);
            return false;
        }

        if (keep)
        {
            start = _facts.Store(bytes);
            length = bytes.Length;
        }

        if (needed)
        {
            value = parsed;
        }

        return true;
    }

    private delegate bool Utf8Check(ReadOnlySpan<byte> utf8);

    private void Id(ref Utf8JsonReader r, ref RecordFact record, out RecordId? value)
    {
        var at = r.TokenStartIndex;
        if (!Stored(ref r, false, RecordId.IsValid, RecordId.TryParse, RecordIdExpected, out record.IdStart, out record.IdLength, out value) || record.IdLength == 0)
        {
            return;
        }

        var bytes = _facts.Stored(record.IdStart, record.IdLength);
        _recordId = (record.IdStart, record.IdLength);
        var hash = Hash(bytes, record.Kind);
        if (!_ids.TryAdd(hash, record.Index) && IsDuplicate(bytes, record.Kind, _ids[hash]))
        {
            if (!Counted(ImportRules.Duplicate))
            {
                Report(ImportRules.Duplicate, at, _path.Render(), "id", Encoding.UTF8.GetString(bytes));
            }

            _facts.DuplicateIdsReported = true;
        }
    }

    // Exact comparison after a hash hit: with the record that holds the hash (constant time), and only when the two
    // differ (a hash collision) with every earlier record of the kind.
    private bool IsDuplicate(ReadOnlySpan<byte> value, RecordKind kind, int first)
    {
        var records = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_facts.ListOf(kind));
        foreach (ref readonly var candidate in records)
        {
            if (candidate.Index == first)
            {
                if (_facts.IdBytes(candidate).SequenceEqual(value))
                {
                    return true;
                }

                break;
            }
        }

        foreach (var other in records)
        {
            if (other.IdLength == value.Length && _facts.IdBytes(other).SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    // FNV-1a over the id bytes, mixed with the kind so one dictionary serves all kinds.
    private static ulong Hash(ReadOnlySpan<byte> s, RecordKind kind)
    {
        var h = 14695981039346656037UL ^ (ulong)kind;
        foreach (var b in s)
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return h;
    }

    private bool EnumValue<T>(ref Utf8JsonReader r, bool nullable, T[] values, byte[][] utf8Names, string[] names, out T? value)
        where T : struct, Enum
    {
        value = null;
        var at = r.TokenStartIndex;
        var state = StringToken(ref r, nullable);
        if (state <= 0)
        {
            return state == 0;
        }

        var bytes = Value(ref r);
        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (bytes.SequenceEqual(utf8Names[i]))
            {
                value = values[i];
                return true;
            }
        }

        if (!Counted(ImportRules.UnknownEnumValue))
        {
            Report(ImportRules.UnknownEnumValue, at, _path.Render(), _path.Render(), Shown(bytes), string.Join(", ", names));
        }

        return false;
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

                InvalidValue(r.TokenStartIndex, r.ValueSpan, string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
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

        InvalidValue(r.TokenStartIndex, r.ValueSpan, "a whole number of bytes, 0 or more");
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

                InvalidValue(r.TokenStartIndex, r.ValueSpan, "a decimal number within ±7.9E28");
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

    /// <summary>Returns whether UTF-8 text is empty or white space only, like <see cref="string.IsNullOrWhiteSpace"/>.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !System.Text.Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            utf8 = utf8[consumed..];
        }

        return true;
    }

    /// <summary>Counts characters the way <c>Text.CountCharacters</c> does (code points), on UTF-8 bytes.</summary>
    internal static int TextLength(ReadOnlySpan<byte> utf8)
    {
        var length = utf8.Length;
        var continuation = 0;
        var limit = Vector128.Create((sbyte)-64);
        while (utf8.Length >= 16)
        {
            // A continuation byte is 10xxxxxx: as a signed byte, below -64.
            var v = Vector128.Create(utf8[..16]).AsSByte();
            continuation += System.Numerics.BitOperations.PopCount(Vector128.LessThan(v, limit).ExtractMostSignificantBits());
            utf8 = utf8[16..];
        }

        foreach (var b in utf8)
        {
            if ((b & 0xC0) == 0x80)
            {
                continuation++;
            }
        }

        return length - continuation;
    }

    private static bool IsLowerCase(ReadOnlySpan<byte> ascii)
    {
        foreach (var b in ascii)
        {
            if (b is >= (byte)'A' and <= (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    // ---- objects -------------------------------------------------------------------------------------------------

    private StudentSubmission? ParseStudent(ref Utf8JsonReader r, SubmissionHeader? header)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Student;
        var start = r.TokenStartIndex;
        var seen = 0;
        LocalDate? birth = null;
        SchoolCode? school = null;
        string? name = null, studentNumber = null, programme = null, className = null;
        int? grade = null, seat = null;
        List<CadreRecord>? cadres = null;
        List<CourseRecord>? courses = null;
        List<CourseLearningOutcome>? outcomes = null;
        List<MultiPerformanceItem>? performances = null;
        Autobiography? autobiography = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: NationalIdValue(ref r); break;
                case 1:
                    _facts.HasBirthDate = r.TokenType == JsonTokenType.String;
                    DateValue(ref r, false, out birth);
                    _facts.BirthDate = birth;
                    break;
                case 2: _facts.NameLength = TextValue(ref r, false, out name, out _); break;
                case 3:
                    _facts.HasSchool = r.TokenType == JsonTokenType.String;
                    SchoolValue(ref r, false, out school);
                    _facts.School = school;
                    break;
                case 4: StringValue(ref r, false, out studentNumber); break;
                case 5: StringValue(ref r, false, out programme); break;
                case 6:
                    IntValue(ref r, false, 1, StudentBasicData.MaxGrade, out grade);
                    _facts.Grade = grade;
                    break;
                case 7: StringValue(ref r, false, out className); break;
                case 8: IntValue(ref r, true, 1, int.MaxValue, out seat); break;
                case 9:
                    if (Declared(ref r, header, ContentKinds.BasicData))
                    {
                        cadres = Records(ref r, RecordKind.Cadre, _cadre);
                    }

                    break;
                case 10:
                    if (Declared(ref r, header, ContentKinds.CourseRecords))
                    {
                        courses = Records(ref r, RecordKind.Course, _course);
                    }

                    break;
                case 11:
                    if (Declared(ref r, header, ContentKinds.CourseOutcomes))
                    {
                        outcomes = Records(ref r, RecordKind.Outcome, _outcome);
                    }

                    break;
                case 12:
                    if (Declared(ref r, header, ContentKinds.MultiPerformance))
                    {
                        performances = Records(ref r, RecordKind.Performance, _performance);
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
                        Records(ref r, RecordKind.Enrollment, _event);
                    }

                    break;
            }

            _path.Pop();
        }

        var required = IdentityMask;
        if (header is not null)
        {
            required |= (header.Declares(ContentKinds.BasicData) ? BasicDataMask : 0)
                | (header.Declares(ContentKinds.CourseRecords) ? CoursesMask : 0)
                | (header.Declares(ContentKinds.CourseOutcomes) ? OutcomesMask : 0)
                | (header.Declares(ContentKinds.MultiPerformance) ? PerformancesMask : 0);
        }

        CheckRequired(shape, seen, required, start);
        var history = _facts.Events.Count > 0 ? History(start) : EnrollmentHistory.Empty;
        _facts.History = history ?? EnrollmentHistory.Empty;
        if (!_objects || _errorCount > 0 || history is null)
        {
            return null;
        }

        var id = _facts.NationalId!.Value;
        var basic = Build(start, (id, birth!.Value, name!, school!.Value, studentNumber!, programme!, grade!.Value, className!, seat), static s => new StudentBasicData(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7, s.Item8, s.Item9));
        return basic is null ? null : StudentSubmission.Create(basic, cadres, courses, outcomes, performances, autobiography, history);
    }

    private EnrollmentHistory? History(long at)
    {
        try
        {
            return new EnrollmentHistory(_facts.Events);
        }
        catch (ArgumentException ex)
        {
            Inconsistent(at, ex);
            return null;
        }
    }

    private List<T>? Records<T>(ref Utf8JsonReader r, RecordKind kind, ElementReader<T> read)
        where T : class
    {
        var saved = _ownerKind;
        _ownerKind = kind;
        var list = Elements(ref r, read);
        _ownerKind = saved;
        return list;
    }

    private ExchangePackage? ParsePackage(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.ExchangePackage;
        var start = r.TokenStartIndex;
        var seen = 0;
        LocalDate? birth = null;
        SchoolCode? source = null;
        Instant? exportedAt = null;
        List<RecordId>? omitted = null;
        List<CadreRecord>? cadres = null;
        List<CourseRecord>? courses = null;
        List<CourseLearningOutcome>? outcomes = null;
        List<MultiPerformanceItem>? performances = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: SchemaVersionValue(ref r, ExchangePackageFile.SchemaVersion); break;
                case 1: NationalIdValue(ref r); break;
                case 2:
                    DateValue(ref r, false, out birth);
                    _facts.BirthDate = birth;
                    break;
                case 3: SchoolValue(ref r, false, out source); break;
                case 4: InstantValue(ref r, false, out exportedAt); break;
                case 5: omitted = IdArray(ref r); break;
                case 6: cadres = Records(ref r, RecordKind.Cadre, _cadre); break;
                case 7: courses = Records(ref r, RecordKind.Course, _course); break;
                case 8: outcomes = Records(ref r, RecordKind.Outcome, _outcome); break;
                case 9: performances = Records(ref r, RecordKind.Performance, _performance); break;
                case 10: Records(ref r, RecordKind.Enrollment, _event); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        if (_errorCount > 0)
        {
            return null;
        }

        var history = _facts.Events.Count > 0 ? History(start) : EnrollmentHistory.Empty;
        var key = _facts.Key!.Value;
        return history is null
            ? null
            : Build(start, (key, source!.Value, exportedAt!.Value, courses, outcomes, performances, cadres, history, omitted), static s => new ExchangePackage(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7, s.Item8, s.Item9));
    }

    private void SchemaVersionValue(ref Utf8JsonReader r, string supported)
    {
        var at = r.TokenStartIndex;
        if (StringValue(ref r, false, out var text, always: true) && text is not null && !string.Equals(text, supported, StringComparison.Ordinal))
        {
            Report(ImportRules.UnsupportedSchemaVersion, at, _path.Render(), Shorten(text), supported);
        }
    }

    private List<RecordId>? IdArray(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref r, "an array");
            return null;
        }

        var seen = new HashSet<RecordId>();
        var list = new List<RecordId>();
        var i = 0;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            _path.Push(i++);
            var at = r.TokenStartIndex;
            if (StringToken(ref r, false) > 0)
            {
                var bytes = Value(ref r);
                if (!RecordId.TryParse(bytes, out var id))
                {
                    InvalidValue(at, bytes, RecordIdExpected);
                }
                else if (!seen.Add(id))
                {
                    Report(ImportRules.Duplicate, at, _path.Render(), "id", id.ToString());
                }
                else
                {
                    list.Add(id);
                }
            }

            _path.Pop();
        }

        return list;
    }

    private bool Declared(ref Utf8JsonReader r, SubmissionHeader? header, ContentKinds kind)
    {
        if (header is null || header.Declares(kind))
        {
            return true;
        }

        var path = _path.Render();
        Report(ImportRules.UndeclaredContent, r.TokenStartIndex, path, path, JsonEnums.Name(kind, JsonEnums.ContentKindValues, JsonEnums.ContentKindNames));
        SkipValue(ref r);
        return false;
    }

    private void NationalIdValue(ref Utf8JsonReader r)
    {
        var at = r.TokenStartIndex;
        if (StringToken(ref r, false) <= 0)
        {
            return;
        }

        var bytes = Value(ref r);
        _facts.HasNationalId = !bytes.IsEmpty;
        var error = NationalId.TryParseUtf8(bytes, out var id);
        if (error == NationalIdError.None && id.IsWrittenAs(bytes))
        {
            _facts.NationalId = id;
            return;
        }

        // The submission format takes the form the writer writes (upper case, no spaces).
        var reason = error == NationalIdError.None ? "spaces" : NationalId.ErrorName(error);
        Report(ImportRules.InvalidNationalId, at, _path.Render(), NationalId.Mask(Encoding.UTF8.GetString(bytes)), reason);
    }

    private RecordFact NewRecord(RecordKind kind) => new()
    {
        Kind = kind,
        Index = _element,
        TitleLength = -1,
        DescriptionLength = -1,
        FileStart = _facts.Files.Count,
    };

    private void AddRecord(ref RecordFact record)
    {
        record.FileCount = _facts.Files.Count - record.FileStart;
        _facts.ListOf(record.Kind).Add(record);
    }

    private CadreRecord? Cadre(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Cadre;
        var start = r.TokenStartIndex;
        var before = _errorCount;
        var record = NewRecord(RecordKind.Cadre);
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
                case 0: Id(ref r, ref record, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: EnumValue(ref r, false, JsonEnums.CadreLevelValues, CadreLevelNames, JsonEnums.CadreLevelNames, out level); break;
                case 3: StringValue(ref r, false, out unit); break;
                case 4: StringValue(ref r, false, out title); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.Term = term is { } t ? TermFact.Of(t) : default;
        AddRecord(ref record);
        return !_objects || _errorCount != before ? null : Build(start, (id!.Value, term!.Value, level!.Value, unit!, title!), static s => new CadreRecord(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5));
    }

    private CourseRecord? Course(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Course;
        var start = r.TokenStartIndex;
        var before = _errorCount;
        var record = NewRecord(RecordKind.Course);
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
                case 0: Id(ref r, ref record, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: CourseCodeField(ref r, ref record, out code); break;
                case 3: StringValue(ref r, false, out subject); break;
                case 4: IntValue(ref r, false, 0, int.MaxValue, out credits); break;
                case 5: DecimalValue(ref r, out score); break;
                case 6: EnumValue(ref r, false, JsonEnums.CourseKindValues, CourseKindNames, JsonEnums.CourseKindNames, out kind); break;
                case 7: origin = OriginValue(ref r, ref record); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.Term = term is { } t ? TermFact.Of(t) : default;
        record.CourseKind = kind ?? CourseRecordKind.Regular;
        AddRecord(ref record);
        if (_errorCount != before || !OriginFits(start, kind!.Value, origin) || !_objects)
        {
            return null;
        }

        return Build(start, (id!.Value, term!.Value, code!.Value, subject!, credits!.Value, score, kind!.Value, origin), static s => new CourseRecord(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7, s.Item8));
    }

    // The course-record kind's origin rule (CourseOrigin.Require), checked once for both paths.
    private bool OriginFits(long at, CourseRecordKind kind, CourseOrigin? origin)
    {
        try
        {
            CourseOrigin.Require(kind, origin, nameof(origin));
            return true;
        }
        catch (ArgumentException ex)
        {
            Inconsistent(at, ex);
            return false;
        }
    }

    private CourseOrigin? OriginValue(ref Utf8JsonReader r, ref RecordFact record)
    {
        record.HasOrigin = r.TokenType == JsonTokenType.StartObject;
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
                case 3: StringValue(ref r, true, out subject, always: true); break;
                case 4: IntValue(ref r, true, 0, int.MaxValue, out credits); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.OriginSchool = school;
        record.OriginTerm = term is { } t ? TermFact.Of(t) : default;
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
        var before = _errorCount;
        var record = NewRecord(RecordKind.Outcome);
        var index = record.Index;
        var seen = 0;
        RecordId? id = null;
        Term? term = null;
        CourseCode? code = null;
        CourseRecordKind? kind = null;
        CourseOrigin? origin = null;
        string? title = null, description = null;
        (int Start, int Length) titleBytes = default, descriptionBytes = default;
        List<MediaFile>? files = null;
        Certification? certification = null;
        bool? selected = null;
        long hashAt = 0;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            switch (p)
            {
                case 0: Id(ref r, ref record, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: CourseCodeField(ref r, ref record, out code); break;
                case 3: EnumValue(ref r, false, JsonEnums.CourseKindValues, CourseKindNames, JsonEnums.CourseKindNames, out kind); break;
                case 4: origin = OriginValue(ref r, ref record); break;
                case 5:
                    record.TitleLength = TextValue(ref r, false, out title, out _);
                    titleBytes = Keep(ref r, record.TitleLength);
                    break;
                case 6:
                    record.DescriptionLength = TextValue(ref r, false, out description, out record.DescriptionBlank);
                    descriptionBytes = Keep(ref r, record.DescriptionLength);
                    break;
                case 7: files = Files(ref r, RecordKind.Outcome, index); break;
                case 8: certification = CertificationValue(ref r, ref record); break;
                case 9:
                    BoolValue(ref r, false, out selected);
                    record.Selected = selected == true;
                    break;
                case 10:
                    hashAt = r.TokenStartIndex;
                    HashField(ref r, false, out record.ContentHashStart, out record.ContentHashLength, out _);
                    break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.Term = term is { } t ? TermFact.Of(t) : default;
        record.CourseKind = kind ?? CourseRecordKind.Regular;
        AddRecord(ref record);
        if (_errorCount != before || !OriginFits(start, kind!.Value, origin))
        {
            return null;
        }

        // The stated content hash must be the content's: computed by the one hasher, from the objects or the bytes.
        CourseLearningOutcome? outcome = null;
        Span<byte> computed = stackalloc byte[ContentHash.HexLength];
        if (_objects)
        {
            outcome = Build(start, (id!.Value, term!.Value, code!.Value, title!, description!, files, certification, selected!.Value, kind!.Value, origin), static s => new CourseLearningOutcome(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7, s.Item8, s.Item9, s.Item10));
            if (outcome is null)
            {
                return null;
            }

            outcome.ContentHash.WriteHex(computed);
        }
        else
        {
            HashContent(in record, term!.Value, kind!.Value, origin, titleBytes, descriptionBytes, computed);
        }

        if (!computed.SequenceEqual(_facts.Stored(record.ContentHashStart, record.ContentHashLength)))
        {
            var path = _path.Render("contentHash");
            Report(ImportRules.ContentHashMismatch, hashAt, path, path, Encoding.ASCII.GetString(computed));
            return null;
        }

        return outcome;
    }

    // Keeps the current string's bytes in the facts' arena (title and description, for the content hash).
    private (int Start, int Length) Keep(ref Utf8JsonReader r, int length)
    {
        if (length < 0 || _objects)
        {
            return default;
        }

        var bytes = Value(ref r);
        return (_facts.Store(bytes), bytes.Length);
    }

    private void HashContent(in RecordFact record, Term term, CourseRecordKind kind, CourseOrigin? origin, (int Start, int Length) title, (int Start, int Length) description, Span<byte> hex)
    {
        var h = _hasher;
        h.Part(term);
        h.Part(_facts.Stored(record.CourseCodeStart, record.CourseCodeLength));
        h.Part((int)kind);
        h.Part(origin?.School?.ToString());
        h.Part(origin?.Term);
        h.Part(origin?.CourseCode?.ToString());
        h.Part(_facts.Stored(title.Start, title.Length));
        h.Part(_facts.Stored(description.Start, description.Length));
        var files = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_facts.Files).Slice(record.FileStart, record.FileCount);
        foreach (ref readonly var f in files)
        {
            h.File(_facts.Stored(f.NameStart, f.NameLength), _facts.Stored(f.TypeStart, f.TypeLength), f.SizeBytes, _facts.Stored(f.HashStart, f.HashLength));
        }

        h.Finish(hex);
    }

    private List<MediaFile>? Files(ref Utf8JsonReader r, RecordKind kind, int owner)
    {
        var (savedKind, savedIndex) = (_ownerKind, _ownerIndex);
        (_ownerKind, _ownerIndex) = (kind, owner);
        var list = Elements(ref r, _file, _files);
        (_ownerKind, _ownerIndex) = (savedKind, savedIndex);
        return list;
    }

    private MediaFile? File(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.File;
        var start = r.TokenStartIndex;
        var before = _errorCount;
        var file = new FileFact { OwnerKind = _ownerKind, OwnerIndex = _ownerIndex, Index = _element, SizeBytes = -1 };
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
                    if (StringValue(ref r, false, out name, always: true) && name is not null)
                    {
                        var bytes = Value(ref r);
                        file.NameStart = _facts.Store(bytes);
                        file.NameLength = bytes.Length;
                        if (MediaFile.CheckFileName(name) is { } problem)
                        {
                            Report(ImportRules.InvalidValue, at, _path.Render(), _path.Render(), Shorten(name), problem);
                        }
                    }

                    break;
                case 1: type = MediaTypeField(ref r, ref file); break;
                case 2:
                    if (LongValue(ref r, out size))
                    {
                        file.SizeBytes = size;
                    }

                    break;
                case 3: HashField(ref r, false, out file.HashStart, out file.HashLength, out hash); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        _facts.Files.Add(file);
        return !_objects || _errorCount != before ? null : Build(start, (name!, type!.Value, size, hash!.Value), static s => new MediaFile(s.Item1, s.Item2, s.Item3, s.Item4));
    }

    private MediaType? MediaTypeField(ref Utf8JsonReader r, ref FileFact file)
    {
        var at = r.TokenStartIndex;
        if (StringToken(ref r, false) <= 0)
        {
            return null;
        }

        var bytes = Value(ref r);
        if (!IsLowerCase(bytes) || !MediaType.TryParse(bytes, out var type))
        {
            InvalidValue(at, bytes, "a lower-case media type type/subtype");
            return null;
        }

        file.TypeStart = _facts.Store(bytes);
        file.TypeLength = bytes.Length;
        file.MediaType = FileMediaTypes.Of(bytes);
        return type;
    }

    private Certification? CertificationValue(ref Utf8JsonReader r, ref RecordFact record)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Certification;
        var start = r.TokenStartIndex;
        var before = _errorCount;
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
                case 0: EnumValue(ref r, false, JsonEnums.CertificationStatusValues, CertificationStatusNames, JsonEnums.CertificationStatusNames, out status); break;
                case 1: StringValue(ref r, true, out certifier, always: true); break;
                case 2: StringValue(ref r, true, out onBehalfOf, always: true); break;
                case 3: InstantValue(ref r, true, out decidedAt); break;
                case 4: StringValue(ref r, true, out reason, always: true); break;
                case 5: HashField(ref r, true, out record.CertifiedHashStart, out record.CertifiedHashLength, out hash); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.CertificationStatus = status is { } s ? 1 + (int)s : 0;
        record.DecidedAt = decidedAt;
        if (_errorCount != before)
        {
            return null;
        }

        string? problem = status switch
        {
            CertificationStatus.Pending when certifier is not null || onBehalfOf is not null || decidedAt is not null || reason is not null || record.CertifiedHashLength > 0 =>
                "a pending certification has no certifier, onBehalfOf, decidedAt, rejectionReason or certifiedHash",
            CertificationStatus.Certified when certifier is null || decidedAt is null || record.CertifiedHashLength == 0 || reason is not null =>
                "a certified outcome needs certifier, decidedAt and certifiedHash, and no rejectionReason",
            CertificationStatus.Rejected when certifier is null || decidedAt is null || reason is null || record.CertifiedHashLength > 0 =>
                "a rejected outcome needs certifier, decidedAt and rejectionReason, and no certifiedHash",
            _ => null,
        };
        if (problem is not null)
        {
            var path = _path.Render();
            Report(ImportRules.InconsistentRecord, start, path, path, problem);
            return null;
        }

        var certifiedHash = hash ?? (record.CertifiedHashLength > 0 && ContentHash.TryParse(_facts.Stored(record.CertifiedHashStart, record.CertifiedHashLength), out var h) ? h : default);
        return status switch
        {
            CertificationStatus.Certified => Build(start, (certifier!, decidedAt!.Value, certifiedHash, onBehalfOf), static s => Certification.Certify(s.Item1, s.Item2, s.Item3, s.Item4)),
            CertificationStatus.Rejected => Build(start, (certifier!, decidedAt!.Value, reason!, onBehalfOf), static s => Certification.Reject(s.Item1, s.Item2, s.Item3, s.Item4)),
            _ => Certification.Pending,
        };
    }

    private MultiPerformanceItem? Performance(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Performance;
        var start = r.TokenStartIndex;
        var before = _errorCount;
        var record = NewRecord(RecordKind.Performance);
        var index = record.Index;
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
                case 0: Id(ref r, ref record, out id); break;
                case 1: TermValue(ref r, false, out term); break;
                case 2: EnumValue(ref r, false, JsonEnums.CategoryValues, CategoryNames, JsonEnums.CategoryNames, out category); break;
                case 3:
                    if (EnterObject(ref r, false))
                    {
                        detailsStart = r.TokenStartIndex;
                        r.Skip();
                        detailsEnd = r.BytesConsumed;
                    }

                    break;
                case 4: record.DescriptionLength = TextValue(ref r, false, out description, out record.DescriptionBlank); break;
                case 5: files = Files(ref r, RecordKind.Performance, index); break;
                case 6:
                    linkAt = r.TokenStartIndex;
                    StringValue(ref r, true, out link, always: true);
                    record.HasLink = link is not null;
                    break;
                case 7:
                    BoolValue(ref r, false, out selected);
                    record.Selected = selected == true;
                    break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.Term = term is { } t ? TermFact.Of(t) : default;
        record.Category = category is { } c ? (int)c : 0;
        PerformanceDetails? details = null;
        var detailsRead = false;
        if (category is { } cat && detailsStart >= 0)
        {
            record.DetailsStart = _facts.DetailMembers.Count;
            detailsRead = DetailsValue(cat, detailsStart, detailsEnd, ref record, out details);
            record.DetailsCount = _facts.DetailMembers.Count - record.DetailsStart;
        }

        Uri? uri = null;
        if (link is not null && !MultiPerformanceItem.TryParseLink(link, out uri))
        {
            var path = _path.Render("link");
            Report(ImportRules.InvalidValue, linkAt, path, path, Shorten(link), "an absolute http or https URI");
        }

        AddRecord(ref record);
        return !_objects || _errorCount != before || !detailsRead
            ? null
            : Build(start, (id!.Value, term!.Value, details!, description!, files, uri, selected!.Value), static s => new MultiPerformanceItem(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7));
    }

    private bool DetailsValue(PerformanceCategory category, long start, long end, ref RecordFact record, out PerformanceDetails? details)
    {
        var categoryIndex = System.Array.IndexOf(JsonEnums.CategoryValues, category);
        var savedBase = _base;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _sliceStart + _base + (int)start, (int)(end - start)), isFinalBlock: true, state: default);
        _base += (int)start;
        _path.Push("details");
        try
        {
            reader.Read();
            return DetailsObject(ref reader, category, categoryIndex, ref record, out details);
        }
        finally
        {
            _path.Pop();
            _base = savedBase;
        }
    }

    private bool DetailsObject(ref Utf8JsonReader r, PerformanceCategory category, int categoryIndex, ref RecordFact record, out PerformanceDetails? details)
    {
        details = null;
        var shape = SubmissionShape.DetailsByCategory[categoryIndex];
        var kinds = SubmissionShape.DetailsValueKinds[categoryIndex];
        var roles = DetailsDateRoles[categoryIndex];
        var names = DetailsNames[categoryIndex];
        var before = _errorCount;
        var seen = 0;
        var n = kinds.Length;
        var (s, d, num, i, t) = _objects ? DetailsScratch(n) : default;
        bool? b = null;
        CadreLevel? level = null;
        int p;
        while ((p = NextProperty(ref r, shape, ref seen)) >= 0)
        {
            var hasValue = r.TokenType != JsonTokenType.Null;
            switch (kinds[p])
            {
                case 'S':
                    StringValue(ref r, true, out var text);
                    hasValue = r.TokenType == JsonTokenType.String && !IsBlank(Value(ref r));
                    Set(s, p, text);
                    break;
                case 'D':
                    DateValue(ref r, true, out var date);
                    Set(d, p, date);

                    if (roles[p] == 1)
                    {
                        record.StartDate = date;
                    }
                    else if (roles[p] == 2)
                    {
                        record.EndDate = date;
                    }

                    break;
                case 'N':
                    DecimalValue(ref r, out var number);
                    Set(num, p, number);
                    break;
                case 'I':
                    IntValue(ref r, true, int.MinValue, int.MaxValue, out var whole);
                    Set(i, p, whole);
                    break;
                case 'T':
                    TermValue(ref r, true, out var term);
                    Set(t, p, term);
                    break;
                case 'B': BoolValue(ref r, true, out b); break;
                case 'L': EnumValue(ref r, true, JsonEnums.CadreLevelValues, CadreLevelNames, JsonEnums.CadreLevelNames, out level); break;
            }

            if (hasValue)
            {
                _facts.DetailMembers.Add((_facts.Store(names[p]), names[p].Length));
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, 0);
        record.ItemDate = record.EndDate ?? record.StartDate;
        if (_errorCount != before)
        {
            return false;
        }

        if (!_objects)
        {
            return true;
        }

        details = category switch
        {
            PerformanceCategory.Cadre => new CadreDetails(s![0], d![1], d[2], s[3], level),
            PerformanceCategory.Competition => new CompetitionDetails(s![0], s[1], s[2], s[3], d![4], b),
            PerformanceCategory.Certificate => new CertificateDetails(s![0], s[1], s[2], d![3], s[4], s[5]),
            PerformanceCategory.ServiceLearning => new ServiceLearningDetails(s![0], s[1], d![2], d[3], num![4]),
            PerformanceCategory.FlexibleLearning => new FlexibleLearningDetails(s![0], s[1], s[2], t![3], i![4], i[5]),
            PerformanceCategory.GroupActivity => new GroupActivityDetails(s![0], s[1], s[2], t![3], i![4]),
            PerformanceCategory.WorkplaceLearning => new WorkplaceLearningDetails(s![0], s[1], s[2], d![3], d[4], num![5]),
            PerformanceCategory.Works => new WorkDetails(s![0], d![1]),
            PerformanceCategory.AdvancedCourse => new AdvancedCourseDetails(s![0], s[1], s[2], d![3], d[4], num![5], num[6]),
            _ => new OtherPerformanceDetails(s![0], s[1], d![2], d[3], num![4]),
        };
        return true;
    }

    // The details values of one object, reused from one details object to the next (they are read into the details
    // record's constructor before the next is walked), cleared for the n members of this category.
    private (string?[], LocalDate?[], decimal?[], int?[], Term?[]) DetailsScratch(int n)
    {
        if (_details.Text is null || _details.Text.Length < n)
        {
            _details = (new string?[n], new LocalDate?[n], new decimal?[n], new int?[n], new Term?[n]);
        }

        var (s, d, num, i, t) = _details;
        System.Array.Clear(s, 0, n);
        System.Array.Clear(d, 0, n);
        System.Array.Clear(num, 0, n);
        System.Array.Clear(i, 0, n);
        System.Array.Clear(t, 0, n);
        return _details;
    }

    // Keeps a details value for the object, when objects are built.
    private static void Set<T>(T[]? values, int index, T value)
    {
        if (values is not null)
        {
            values[index] = value;
        }
    }

    private Autobiography? AutobiographyValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, true))
        {
            return null;
        }

        var shape = SubmissionShape.Autobiography;
        var start = r.TokenStartIndex;
        var before = _errorCount;
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
        return !_objects || _errorCount != before ? null : new Autobiography(career!, expectation!, strengths!, interests!, enteredAt);
    }

    private EnrollmentEvent? EnrollmentEventValue(ref Utf8JsonReader r)
    {
        if (!EnterObject(ref r, false))
        {
            return null;
        }

        var shape = SubmissionShape.Enrollment;
        var start = r.TokenStartIndex;
        var before = _errorCount;
        var record = NewRecord(RecordKind.Enrollment);
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
                case 1: EnumValue(ref r, false, JsonEnums.EnrollmentKindValues, EnrollmentKindNames, JsonEnums.EnrollmentKindNames, out kind); break;
                case 2: SchoolValue(ref r, false, out school); break;
                case 3: SchoolValue(ref r, true, out counterpart); break;
                case 4: StringValue(ref r, true, out programme, always: true); break;
            }

            _path.Pop();
        }

        CheckRequired(shape, seen, shape.AllMask, start);
        record.StartDate = date;
        AddRecord(ref record);
        if (_errorCount != before)
        {
            return null;
        }

        var e = Build(start, (date!.Value, kind!.Value, school!.Value, counterpart, programme), static s => new EnrollmentEvent(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5));
        if (e is not null)
        {
            _facts.Events.Add(e);
        }

        return e;
    }

    private readonly record struct PendingError(RuleDescriptor Rule, string Path, RecordId? RecordId, string[] Arguments, SourcePosition Position);
}
