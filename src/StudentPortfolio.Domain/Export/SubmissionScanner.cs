using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// The push-parser core of <see cref="SubmissionReader"/>: walks the top level of a submission document over a
/// bounded buffer that the driver fills from a stream (synchronously or asynchronously), hands each complete
/// student object to the <see cref="StudentParser"/>, and turns every problem into a <see cref="SubmissionError"/>
/// with its position. Never throws for bad input except <see cref="SubmissionFormatException"/> in strict mode.
/// </summary>
internal sealed class SubmissionScanner : IPositionLocator
{
    private const int InitialBufferSize = 16 * 1024;
    private const int StudentDepth = 2;

    private readonly SubmissionReaderOptions _options;
    private readonly StudentParser _parser;
    private readonly HashSet<StudentKey> _keys = [];
    private readonly List<SubmissionError> _headerErrors = [];
    private readonly string?[] _headerValues = new string?[6];
    private readonly long[] _headerOffsets = new long[6];
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferBase;
    private long _lineAtBase = 1;
    private long _lineStartAtBase;
    private bool _eof;
    private bool _bomSkipped;
    private bool _bomChecked;
    private JsonReaderState _state;
    private Phase _phase;
    private int _index;
    private int _headerSeen;
    private ContentKinds _kinds;
    private int _rocYear;
    private int _semester;
    private SubmissionError? _skipError;
    private StudentReadResult? _item;

    public SubmissionScanner(SubmissionReaderOptions options)
    {
        _options = options;
        _buffer = new byte[Math.Min(InitialBufferSize, options.MaxBytesPerStudent)];
        _parser = new StudentParser(options, this);
    }

    private enum Phase
    {
        Start,
        Header,
        Students,
        SkippingStudent,
        AfterStudents,
        Trailing,
        Done,
    }

    public SubmissionHeader? Header { get; private set; }

    public IReadOnlyList<SubmissionError> HeaderErrors => _headerErrors;

    private bool Strict => _options.Mode == SubmissionReadMode.Strict;

    public StudentReadResult TakeItem()
    {
        var item = _item ?? throw new InvalidOperationException("No item is ready.");
        _item = null;
        return item;
    }

    /// <summary>Returns the free part of the buffer to read into, compacting and growing it up to the limit first.</summary>
    public Memory<byte> GetFillBuffer()
    {
        if (_start > 0)
        {
            var discarded = _buffer.AsSpan(0, _start);
            var newlines = discarded.Count((byte)'\n');
            if (newlines > 0)
            {
                _lineAtBase += newlines;
                _lineStartAtBase = _bufferBase + discarded.LastIndexOf((byte)'\n') + 1;
            }

            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferBase += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length && _buffer.Length < _options.MaxBytesPerStudent)
        {
            var grown = new byte[(int)Math.Min((long)_buffer.Length * 2, _options.MaxBytesPerStudent)];
            _buffer.AsSpan(0, _end).CopyTo(grown);
            _buffer = grown;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="count"/> bytes were read into the fill buffer; 0 means end of input.</summary>
    public void Filled(int count)
    {
        if (count == 0)
        {
            _eof = true;
        }

        _end += count;
    }

    public SourcePosition Locate(int bufferIndex)
    {
        bufferIndex = Math.Clamp(bufferIndex, 0, _end);
        var before = _buffer.AsSpan(0, bufferIndex);
        var newlines = before.Count((byte)'\n');
        var offset = _bufferBase + bufferIndex;
        var lineStart = newlines > 0 ? _bufferBase + before.LastIndexOf((byte)'\n') + 1 : _lineStartAtBase;
        return new SourcePosition(offset, _lineAtBase + newlines, offset - lineStart + 1);
    }

    public ScanStatus Advance()
    {
        while (true)
        {
            ScanStatus? status = _phase switch
            {
                Phase.Start => StartStep(),
                Phase.Header => HeaderStep(),
                Phase.Students => StudentStep(),
                Phase.SkippingStudent => SkipStep(),
                Phase.AfterStudents => AfterStudentsStep(),
                Phase.Trailing => TrailingStep(),
                _ => ScanStatus.End,
            };
            if (status is { } s)
            {
                return s;
            }
        }
    }

    private Utf8JsonReader NewReader() => new(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private static SubmissionError Error(RuleDescriptor rule, SourcePosition position, string path, int? studentIndex, params string[] arguments) =>
        new(new ValidationIssue(rule, null, null, path, arguments), studentIndex, position.Offset, position.Line, position.Column);

    private SubmissionError ErrorAt(RuleDescriptor rule, long readerIndex, string path, params string[] arguments)
    {
        var index = _phase is Phase.Students or Phase.SkippingStudent ? _index : (int?)null;
        return Error(rule, Locate(_start + (int)readerIndex), path, index, arguments);
    }

    private SubmissionError Malformed(JsonException ex, string path)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var inLine = ex.BytePositionInLine ?? 0;
        if (line == 1 && _bomSkipped)
        {
            inLine += 3;
        }

        var offset = OffsetOfLine(line) + inLine;
        var index = _phase is Phase.Students or Phase.SkippingStudent ? _index : (int?)null;
        var detail = ex.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            detail = detail[..cut];
        }

        // System.Text.Json quotes input bytes (e.g. an invalid literal up to the end of the buffer): bound and mask.
        detail = Internal.ErrorText.Excerpt(detail);
        return Error(ImportRules.MalformedJson, new SourcePosition(offset, line, inLine + 1), path, index, detail);
    }

    private long OffsetOfLine(long line)
    {
        if (line <= _lineAtBase)
        {
            return _lineStartAtBase;
        }

        var span = _buffer.AsSpan(0, _end);
        var current = _lineAtBase;
        var pos = 0;
        while (current < line)
        {
            var nl = span[pos..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return _bufferBase + _end;
            }

            pos += nl + 1;
            current++;
        }

        return _bufferBase + pos;
    }

    private string CurrentPath() => _phase switch
    {
        Phase.Students or Phase.SkippingStudent => string.Create(CultureInfo.InvariantCulture, $"$.students[{_index}]"),
        Phase.AfterStudents or Phase.Trailing => "$",
        _ => "$",
    };

    /// <summary>Ends the read with an error that makes the rest of the input unreadable.</summary>
    private ScanStatus Fatal(SubmissionError error)
    {
        var phase = _phase;
        _phase = Phase.Done;
        if (phase is Phase.Start or Phase.Header)
        {
            AddHeaderError(error);
            Header = null;
            return ScanStatus.HeaderReady;
        }

        SubmissionError[] errors = _skipError is { } skipped ? [skipped, error] : [error];
        _skipError = null;
        _item = new StudentReadResult(_index, null, errors, isDocumentLevel: phase is Phase.AfterStudents or Phase.Trailing);
        return ScanStatus.Item;
    }

    private void AddHeaderError(SubmissionError error)
    {
        _headerErrors.Add(error);
        if (Strict)
        {
            throw new SubmissionFormatException([error]);
        }
    }

    /// <summary>The current unit is incomplete: ask for data, or report truncation or an oversized unit.</summary>
    private ScanStatus? NeedMore()
    {
        if (_eof)
        {
            return Fatal(Error(ImportRules.Truncated, Locate(_end), CurrentPath(), _phase is Phase.Students or Phase.SkippingStudent ? _index : null));
        }

        if (_end - _start < _options.MaxBytesPerStudent)
        {
            return ScanStatus.NeedData;
        }

        var limit = _options.MaxBytesPerStudent.ToString(CultureInfo.InvariantCulture);
        if (_phase == Phase.Students)
        {
            // The element's first token is complete (the buffer is full); report at it. Lenient: skip the student
            // token by token; only a single oversized token is fatal.
            var reader = NewReader();
            reader.Read();
            var error = ErrorAt(ImportRules.TooLarge, reader.TokenStartIndex, CurrentPath(), "The student object", limit);
            if (Strict)
            {
                return Fatal(error);
            }

            _skipError = error;
            Commit(ref reader);
            _phase = Phase.SkippingStudent;
            return null;
        }

        var what = _phase == Phase.SkippingStudent ? "A single value" : _phase == Phase.Students ? "The student object" : "A value";
        return Fatal(Error(ImportRules.TooLarge, Locate(_start), CurrentPath(), _phase is Phase.Students or Phase.SkippingStudent ? _index : null, what, limit));
    }

    private ScanStatus? StartStep()
    {
        if (!_bomChecked)
        {
            if (_end - _start < 3 && !_eof)
            {
                return ScanStatus.NeedData;
            }

            _bomChecked = true;
            if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start += 3;
                _bomSkipped = true;
            }
        }

        var reader = NewReader();
        try
        {
            if (!reader.Read())
            {
                return NeedMore();
            }
        }
        catch (JsonException ex)
        {
            return Fatal(Malformed(ex, "$"));
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Fatal(ErrorAt(ImportRules.WrongType, reader.TokenStartIndex, "$", "$", "an object", TokenName(reader.TokenType)));
        }

        Commit(ref reader);
        _phase = Phase.Header;
        return null;
    }

    private static string TokenName(JsonTokenType type) => JsonTokenNames.Describe(type);

    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "?";
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return "?";
        }
    }

    private ScanStatus? HeaderStep()
    {
        var reader = NewReader();
        int which;
        string name;
        long nameAt;
        int valueStart, valueEnd;
        try
        {
            if (!reader.Read())
            {
                return NeedMore();
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                var missing = ErrorAt(ImportRules.MissingProperty, reader.TokenStartIndex, "$.students", "$.students");
                Commit(ref reader);
                FinishHeader(ImportRules.MissingProperty, missing.ByteOffset, missing.LineNumber, missing.BytePositionInLine);
                AddHeaderError(missing);
                _phase = Header is null ? Phase.Done : Phase.Trailing;
                return ScanStatus.HeaderReady;
            }

            nameAt = reader.TokenStartIndex;
            which = SubmissionShape.Document.Match(ref reader);
            name = which >= 0 ? SubmissionShape.Document.Properties[which] : SafeName(ref reader);
            if (which == 6)
            {
                if (!reader.Read())
                {
                    return NeedMore();
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return Fatal(ErrorAt(ImportRules.WrongType, reader.TokenStartIndex, "$.students", "$.students", "an array", TokenName(reader.TokenType)));
                }

                var pos = Locate(_start + (int)nameAt);
                Commit(ref reader);
                FinishHeader(ImportRules.HeaderOrder, pos.Offset, pos.Line, pos.Column);
                _phase = Header is null ? Phase.Done : Phase.Students;
                return ScanStatus.HeaderReady;
            }

            if (!reader.Read())
            {
                return NeedMore();
            }

            valueStart = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return NeedMore();
            }

            valueEnd = (int)reader.BytesConsumed;
        }
        catch (JsonException ex)
        {
            return Fatal(Malformed(ex, "$"));
        }

        var path = JsonPathBuilder.Child("$", name);
        if (which < 0)
        {
            AddHeaderError(ErrorAt(ImportRules.UnknownProperty, nameAt, path, path));
        }
        else if ((_headerSeen & (1 << which)) != 0)
        {
            AddHeaderError(ErrorAt(ImportRules.DuplicateProperty, nameAt, path, path));
        }
        else
        {
            _headerSeen |= 1 << which;
            var fatal = HeaderValue(which, path, valueStart, valueEnd);
            if (fatal is not null)
            {
                return Fatal(fatal);
            }
        }

        Commit(ref reader);
        return null;
    }

    /// <summary>Reads one header value from its complete bytes; returns a fatal error or <see langword="null"/>.</summary>
    private SubmissionError? HeaderValue(int which, string path, int valueStart, int valueEnd)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start + valueStart, valueEnd - valueStart), isFinalBlock: true, state: default);
        reader.Read();
        _headerOffsets[which] = valueStart;
        if (which == 4)
        {
            return ContentKindsValue(ref reader, path, valueStart);
        }

        var expected = which is 2 or 3 ? JsonTokenType.Number : JsonTokenType.String;
        if (reader.TokenType != expected)
        {
            return ErrorAt(ImportRules.WrongType, valueStart, path, path, expected == JsonTokenType.Number ? "an integer" : "a string", TokenName(reader.TokenType));
        }

        string text;
        try
        {
            text = expected == JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString() ?? string.Empty;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return ErrorAt(ImportRules.InvalidUtf8, valueStart, path, path);
        }

        if (text.Length > _options.MaxStringLength)
        {
            return ErrorAt(
                ImportRules.StringTooLong,
                valueStart,
                path,
                path,
                text.Length.ToString(CultureInfo.InvariantCulture),
                _options.MaxStringLength.ToString(CultureInfo.InvariantCulture));
        }

        var shown = Internal.ErrorText.Excerpt(text, 40);
        switch (which)
        {
            case 0 when !string.Equals(text, SubmissionHeader.CurrentSchemaVersion, StringComparison.Ordinal):
                return ErrorAt(ImportRules.UnsupportedSchemaVersion, valueStart, path, shown, SubmissionHeader.CurrentSchemaVersion);
            case 1 when !SchoolCode.TryParse(text, out var school) || !string.Equals(school.ToString(), text, StringComparison.Ordinal):
                return ErrorAt(ImportRules.InvalidValue, valueStart, path, path, shown, "a school code of six digits or upper-case letters");
            case 2 when !reader.TryGetInt32(out _rocYear) || _rocYear < AcademicYear.MinRocYear || _rocYear > AcademicYear.MaxRocYear:
                return ErrorAt(ImportRules.InvalidValue, valueStart, path, path, shown, "a whole number from 1 to 999 (ROC year)");
            case 3 when !reader.TryGetInt32(out _semester) || _semester is not (1 or 2):
                return ErrorAt(ImportRules.InvalidValue, valueStart, path, path, shown, "1 or 2");
            case 5 when !InstantPattern.General.Parse(text).TryGetValue(default, out var instant) || !string.Equals(SubmissionWriter.FormatInstant(instant), text, StringComparison.Ordinal):
                return ErrorAt(ImportRules.InvalidValue, valueStart, path, path, shown, "an ISO-8601 UTC instant yyyy-MM-ddTHH:mm:ssZ");
            default:
                _headerValues[which] = text;
                return null;
        }
    }

    private SubmissionError? ContentKindsValue(ref Utf8JsonReader reader, string path, int valueStart)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ErrorAt(ImportRules.WrongType, valueStart, path, path, "an array of strings", TokenName(reader.TokenType));
        }

        var kinds = ContentKinds.None;
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]");
            var at = valueStart + (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.String)
            {
                return ErrorAt(ImportRules.WrongType, at, itemPath, itemPath, "a string", TokenName(reader.TokenType));
            }

            string text;
            try
            {
                text = reader.GetString() ?? string.Empty;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                return ErrorAt(ImportRules.InvalidUtf8, at, itemPath, itemPath);
            }

            var shown = Internal.ErrorText.Excerpt(text, 40);
            if (!JsonEnums.TryParse(text, JsonEnums.ContentKindValues, JsonEnums.ContentKindNames, out var kind))
            {
                return ErrorAt(ImportRules.UnknownEnumValue, at, itemPath, itemPath, shown, string.Join(", ", JsonEnums.ContentKindNames));
            }

            if ((kinds & kind) != 0)
            {
                return ErrorAt(ImportRules.Duplicate, at, itemPath, "content kind", shown);
            }

            kinds |= kind;
        }

        if (kinds == ContentKinds.None)
        {
            return ErrorAt(ImportRules.InvalidValue, valueStart, path, path, "[]", "at least one content kind");
        }

        _kinds = kinds;
        _headerValues[4] = "set";
        return null;
    }

    /// <summary>Builds the header when the students array (or the end of the object) is reached; missing fields get <paramref name="rule"/>.</summary>
    private void FinishHeader(RuleDescriptor rule, long offset, long line, long column)
    {
        var ok = true;
        for (var i = 0; i < 6; i++)
        {
            if (_headerValues[i] is not null)
            {
                continue;
            }

            ok = false;
            if ((_headerSeen & (1 << i)) == 0)
            {
                var path = JsonPathBuilder.Child("$", SubmissionShape.Document.Properties[i]);
                var issue = new ValidationIssue(rule, null, null, path, [rule == ImportRules.HeaderOrder ? SubmissionShape.Document.Properties[i] : path]);
                AddHeaderError(new SubmissionError(issue, null, offset, line, column));
            }
        }

        if (!ok)
        {
            Header = null;
            return;
        }

        var term = new Term(AcademicYear.FromRocYear(_rocYear), (Semester)_semester);
        var generatedAt = InstantPattern.General.Parse(_headerValues[5]!).Value;
        Header = new SubmissionHeader(SchoolCode.Parse(_headerValues[1]!), term, _kinds, generatedAt);
    }

    private ScanStatus? StudentStep()
    {
        var reader = NewReader();
        try
        {
            if (!reader.Read())
            {
                return NeedMore();
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    Commit(ref reader);
                    _phase = Phase.AfterStudents;
                    return null;
                case JsonTokenType.StartObject:
                    var elementStart = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        return NeedMore();
                    }

                    var bufferStart = _start + elementStart;
                    var length = (int)reader.BytesConsumed - elementStart;
                    Commit(ref reader);
                    _item = _parser.Parse(_buffer, bufferStart, length, _index, Header!, _keys);
                    _index++;
                    return ScanStatus.Item;
                default:
                    var at = reader.TokenStartIndex;
                    var actual = TokenName(reader.TokenType);
                    if (reader.TokenType == JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        return NeedMore();
                    }

                    var path = CurrentPath();
                    var error = ErrorAt(ImportRules.WrongType, at, path, path, "an object", actual);
                    Commit(ref reader);
                    _item = new StudentReadResult(_index, null, [error]);
                    _index++;
                    return ScanStatus.Item;
            }
        }
        catch (JsonException ex)
        {
            return Fatal(Malformed(ex, CurrentPath()));
        }
    }

    private ScanStatus? SkipStep()
    {
        var reader = NewReader();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == StudentDepth)
                {
                    Commit(ref reader);
                    _item = new StudentReadResult(_index, null, [_skipError!]);
                    _skipError = null;
                    _index++;
                    _phase = Phase.Students;
                    return ScanStatus.Item;
                }
            }
        }
        catch (JsonException ex)
        {
            return Fatal(Malformed(ex, CurrentPath()));
        }

        Commit(ref reader);
        return NeedMore();
    }

    private ScanStatus? AfterStudentsStep()
    {
        var reader = NewReader();
        try
        {
            if (!reader.Read())
            {
                return NeedMore();
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                Commit(ref reader);
                _phase = Phase.Trailing;
                return null;
            }

            var nameAt = reader.TokenStartIndex;
            var which = SubmissionShape.Document.Match(ref reader);
            var name = which >= 0 ? SubmissionShape.Document.Properties[which] : SafeName(ref reader);
            if (!reader.Read())
            {
                return NeedMore();
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return NeedMore();
            }

            var path = JsonPathBuilder.Child("$", name);
            var error = which switch
            {
                < 0 => ErrorAt(ImportRules.UnknownProperty, nameAt, path, path),
                6 => ErrorAt(ImportRules.DuplicateProperty, nameAt, path, path),
                _ => ErrorAt(ImportRules.HeaderOrder, nameAt, path, name),
            };
            Commit(ref reader);
            _item = new StudentReadResult(_index, null, [error], isDocumentLevel: true);
            return ScanStatus.Item;
        }
        catch (JsonException ex)
        {
            return Fatal(Malformed(ex, "$"));
        }
    }

    private ScanStatus? TrailingStep()
    {
        var rest = _buffer.AsSpan(_start, _end - _start);
        var bad = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (bad >= 0)
        {
            var error = Error(ImportRules.TrailingContent, Locate(_start + bad), "$", null);
            _phase = Phase.Done;
            _item = new StudentReadResult(_index, null, [error], isDocumentLevel: true);
            return ScanStatus.Item;
        }

        _start = _end;
        if (_eof)
        {
            _phase = Phase.Done;
            return ScanStatus.End;
        }

        return ScanStatus.NeedData;
    }
}
