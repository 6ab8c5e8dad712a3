using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text.Json;
using NodaTime.Text;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>
/// The one framer of the submission format, used by <see cref="SubmissionReader"/> and the bulk validator: reads
/// and checks the header, then splits the <c>students</c> array into elements while the caller pushes bytes in
/// (synchronously or asynchronously), and turns every problem of the document into a <see cref="SubmissionError"/>
/// with its position. Never throws for bad input.
/// </summary>
/// <remarks>
/// <para>
/// Student elements are framed by a structural pass (quotes, backslashes, brackets and control characters only;
/// no tokenising), whose state is carried across refills, so every byte is looked at once however small the reads
/// are. The consumer tokenises a complete element itself; the framer reports only what the structure shows:
/// brackets that do not match, a raw control character in a string, nesting deeper than the reader allows, an
/// element that is not an object, one larger than the per-student limit (scanned to its end without being kept),
/// and the end of input inside an element. After malformed structure the framer resynchronises at the next
/// <c>,{"nationalId"</c>.
/// </para>
/// <para>
/// Memory: one buffer that grows to hold the largest element kept (at most the per-student limit); header values are
/// limited to <see cref="MaxHeaderValueBytes"/>. Line numbers are counted incrementally: locating a position costs
/// the distance from the last position located. Not thread-safe.
/// </para>
/// </remarks>
internal sealed class DocumentFramer : IPositionLocator
{
    /// <summary>
    /// The largest size of one header member: its name and value with the separators before it (also of one member
    /// after the students array). Checked on the member's length, so a larger member is refused whatever the buffer holds.
    /// </summary>
    public const int MaxHeaderValueBytes = 64 * 1024;

    // Utf8JsonReader's default maximum depth is 64; a student object starts at depth 2 of the document.
    private const int MaxElementDepth = 62;
    private const int HeaderFields = 6;
    private const int StudentsField = 6;
    private const int ResyncContext = 256;

    private static readonly SearchValues<byte> OutsideString = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> InsideString = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",]} \t\r\n"u8);

    private readonly bool _readStudentsWithoutHeader;
    private readonly int _maxElementBytes;
    private readonly int _maxObjects;
    private readonly int _maxHeaderBytes;
    private readonly int _initialBufferSize;
    private readonly int _maxStringLength;
    private readonly List<SubmissionError> _headerErrors = [];
    private readonly string?[] _rawHeader = new string?[HeaderFields];
    private readonly bool[] _headerValid = new bool[HeaderFields];
    private readonly List<string> _rawContentKinds = [];
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferBase;
    private bool _eof;

    // Line counting: the line and line start of the last located position, and of the buffer's first byte.
    private long _cursor;
    private long _cursorLine = 1;
    private long _cursorLineStart;
    private long _lineStartAtBase;
    private bool _bomChecked;
    private bool _bom;
    private JsonReaderState _state;
    private Phase _phase;
    private int _headerSeen;
    private ContentKinds _kinds;
    private int _rocYear;
    private int _semester;
    private long _index;
    private bool _expectComma;
    private bool _afterComma;

    // The element being framed.
    private int _scan;
    private int _depth;
    private ulong _arrays;
    private bool _inString;
    private bool _escape;
    private bool _tooLarge;
    private long _objects;
    private byte _first;
    private long _elementStart;
    private long _stringStart;
    private SourcePosition _elementPosition;
    private int _resyncFrom;
    private string _malformedDetail = string.Empty;
    private ScanOutcome _blockOutcome;

    /// <summary>Initializes a framer.</summary>
    /// <param name="maxElementBytes">The largest student element kept in the buffer.</param>
    /// <param name="maxStringLength">The longest header string, in characters.</param>
    /// <param name="initialBufferSize">The buffer's first size; it grows as needed.</param>
    /// <param name="readStudentsWithoutHeader">Whether to frame the students when the header is invalid (the bulk
    /// validator checks them anyway; the reader cannot build them without a header).</param>
    /// <param name="maxObjects">The most JSON objects one student element may hold (counted by the structural pass).</param>
    public DocumentFramer(int maxElementBytes, int maxStringLength, int initialBufferSize = 16 * 1024, bool readStudentsWithoutHeader = false, int maxObjects = SubmissionReaderOptions.DefaultMaxObjectsPerStudent)
    {
        _readStudentsWithoutHeader = readStudentsWithoutHeader;
        _maxElementBytes = maxElementBytes;
        _maxObjects = maxObjects;
        _maxStringLength = maxStringLength;
        _maxHeaderBytes = Math.Min(MaxHeaderValueBytes, maxElementBytes);
        _initialBufferSize = Math.Max(16, Math.Min(initialBufferSize, maxElementBytes));
        _buffer = new byte[_initialBufferSize];
    }

    private enum Phase
    {
        Start,
        Header,
        Students,
        Element,
        Resync,
        AfterStudents,
        Trailing,
        Failing,
        Done,
    }

    private enum ScanOutcome
    {
        NeedMore,
        Complete,
        Malformed,
        ValueTooLarge,
    }

    /// <summary>Gets the buffer the current element's bytes are in.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Gets the document header, once read, or <see langword="null"/> when it is invalid.</summary>
    public SubmissionHeader? Header { get; private set; }

    /// <summary>Gets the problems of the header.</summary>
    public IReadOnlyList<SubmissionError> HeaderErrors => _headerErrors;

    /// <summary>Gets the element framed by the last <see cref="Advance"/> that returned <see cref="FrameKind.Student"/>.</summary>
    public ElementFrame Current { get; private set; }

    /// <summary>Gets the problem returned by the last <see cref="Advance"/> that returned <see cref="FrameKind.Document"/>.</summary>
    public SubmissionError? DocumentError { get; private set; }

    /// <summary>Gets the error that stopped framing before the end of the document, if any.</summary>
    public SubmissionError? Fatal { get; private set; }

    /// <summary>Gets a value indicating whether the document was read to its closing brace with nothing but whitespace after it.</summary>
    public bool Completed { get; private set; }

    /// <summary>Gets the number of elements of the <c>students</c> array framed so far.</summary>
    public long ElementsFramed => _index;

    /// <summary>Gets the number of bytes pushed in so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Gets the largest buffer the framer has used.</summary>
    public int PeakBufferLength => _buffer.Length;

    /// <summary>Gets the header members' text as found (before checking), by position in the header, for display.</summary>
    public string? RawHeader(int field) => _rawHeader[field];

    /// <summary>Gets the header's content kinds as found, for display.</summary>
    public IReadOnlyList<string> RawContentKinds => _rawContentKinds;

    /// <summary>Returns the free part of the buffer to read into, discarding consumed bytes and growing it first.</summary>
    public Memory<byte> GetFillBuffer()
    {
        if (_start > 0)
        {
            Discard(_start);
        }

        // Grow by doubling when less than half a first-size read is free: the buffer stays below twice the largest
        // element kept plus the first size, and never above the largest element allowed plus the first size.
        var kept = _end - _start;
        var cap = (long)_maxElementBytes + _initialBufferSize;
        if (_buffer.Length - kept < _initialBufferSize / 2 && _buffer.Length < cap)
        {
            var grown = new byte[(int)Math.Min((long)_buffer.Length * 2, cap)];
            _buffer.AsSpan(0, _end).CopyTo(grown);
            _buffer = grown;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records that <paramref name="count"/> bytes were read into the fill buffer; 0 means end of input.</summary>
    public void Filled(int count)
    {
        if (count <= 0)
        {
            _eof = true;
            return;
        }

        _end += count;
        BytesRead += count;
    }

    /// <inheritdoc/>
    public SourcePosition Locate(int bufferIndex)
    {
        var offset = _bufferBase + Math.Clamp(bufferIndex, 0, _end);
        var cursorIndex = (int)(_cursor - _bufferBase);
        var at = (int)(offset - _bufferBase);
        if (at >= cursorIndex)
        {
            var span = _buffer.AsSpan(cursorIndex, at - cursorIndex);
            var newlines = span.Count((byte)'\n');
            if (newlines > 0)
            {
                _cursorLine += newlines;
                _cursorLineStart = _cursor + span.LastIndexOf((byte)'\n') + 1;
            }

            _cursor = offset;
            return new SourcePosition(_cursorLine, offset - _cursorLineStart + 1, offset);
        }

        var back = _buffer.AsSpan(at, cursorIndex - at).Count((byte)'\n');
        if (back == 0)
        {
            return new SourcePosition(_cursorLine, offset - _cursorLineStart + 1, offset);
        }

        var before = _buffer.AsSpan(0, at).LastIndexOf((byte)'\n');
        var lineStart = before >= 0 ? _bufferBase + before + 1 : _lineStartAtBase;
        return new SourcePosition(_cursorLine - back, offset - lineStart + 1, offset);
    }

    /// <summary>Frames the next part of the document.</summary>
    public FrameKind Advance()
    {
        while (true)
        {
            FrameKind? kind = _phase switch
            {
                Phase.Start => StartStep(),
                Phase.Header => HeaderStep(),
                Phase.Students => BetweenElements(),
                Phase.Element => ElementStep(),
                Phase.Resync => ResyncStep(),
                Phase.AfterStudents => AfterStudentsStep(),
                Phase.Trailing => TrailingStep(),
                Phase.Failing => FailingStep(),
                _ => FrameKind.End,
            };
            if (kind is { } k)
            {
                return k;
            }
        }
    }

    private void Discard(int count)
    {
        // Keep the line cursor inside the buffer: count the lines of what leaves it.
        if (_cursor < _bufferBase + count)
        {
            Locate(count);
        }

        var discarded = _buffer.AsSpan(0, count);
        var lastNewline = discarded.LastIndexOf((byte)'\n');
        if (lastNewline >= 0)
        {
            _lineStartAtBase = _bufferBase + lastNewline + 1;
        }

        _buffer.AsSpan(count, _end - count).CopyTo(_buffer);
        _bufferBase += count;
        _end -= count;
        _start -= count;
        _scan -= count;
        _resyncFrom = Math.Max(0, _resyncFrom - count);
    }

    private Utf8JsonReader NewReader() => new(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private static SubmissionError Error(RuleDescriptor rule, SourcePosition position, string path, int? studentIndex, params string[] arguments) =>
        new(new ValidationIssue(rule, null, null, path, arguments), studentIndex, position);

    private int? StudentIndex => _phase is Phase.Element or Phase.Resync ? (int)Math.Min(_index, int.MaxValue) : null;

    private SubmissionError ErrorAt(RuleDescriptor rule, int bufferIndex, string path, params string[] arguments) =>
        Error(rule, Locate(bufferIndex), path, StudentIndex, arguments);

    private SubmissionError Malformed(JsonException ex, ref Utf8JsonReader reader, string path)
    {
        var detail = ex.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            detail = detail[..cut];
        }

        // System.Text.Json quotes input bytes (e.g. an invalid literal up to the end of the buffer): bound and mask.
        detail = Internal.ErrorText.Excerpt(detail);
        if (_phase is not (Phase.Start or Phase.Header))
        {
            // After the students array the reader's state is synthetic: report at the last complete token.
            return ErrorAt(ImportRules.MalformedJson, _start + (int)reader.BytesConsumed, path, detail);
        }

        // The reader's state counts lines and bytes from the start of the document (after a byte-order mark).
        var line = (ex.LineNumber ?? 0) + 1;
        var inLine = ex.BytePositionInLine ?? 0;
        if (line == 1 && _bom)
        {
            inLine += 3;
        }

        var offset = Math.Min(LineStart(line) + inLine, _bufferBase + _end);
        return Error(ImportRules.MalformedJson, new SourcePosition(line, inLine + 1, offset), path, null, detail);
    }

    /// <summary>Returns the absolute offset where <paramref name="line"/> starts, at or after the unconsumed input.</summary>
    private long LineStart(long line)
    {
        Locate(_start);
        if (line <= _cursorLine)
        {
            return _cursorLineStart;
        }

        var pos = (int)(_cursor - _bufferBase);
        for (var current = _cursorLine; current < line; current++)
        {
            var next = _buffer.AsSpan(pos, _end - pos).IndexOf((byte)'\n');
            if (next < 0)
            {
                return _bufferBase + _end;
            }

            pos += next + 1;
        }

        return _bufferBase + pos;
    }

    // The reader state for "inside the root object, after a member's value": the students array is framed without
    // the reader, so the members after it are read with this state.
    private static JsonReaderState AfterMemberState()
    {
        var reader = new Utf8JsonReader("{\"students\":[]"u8, isFinalBlock: false, default);
        while (reader.Read())
        {
        }

        return reader.CurrentState;
    }

    private string ElementPath() => IndexPath(_index);

    // Built only when a problem is reported: a student framed without one allocates nothing here.
    private static string IndexPath(long index) => string.Create(CultureInfo.InvariantCulture, $"$.students[{index}]");

    /// <summary>Ends framing with an error that makes the rest of the input unreadable.</summary>
    private FrameKind Stop(SubmissionError error)
    {
        var phase = _phase;
        _phase = Phase.Done;
        Fatal = error;
        if (phase is Phase.Start or Phase.Header)
        {
            _headerErrors.Add(error);
            Header = null;
            return FrameKind.HeaderReady;
        }

        DocumentError = error;
        return FrameKind.Document;
    }

    /// <summary>The current header or tail unit is incomplete: ask for data, or report truncation or an oversized value.</summary>
    private FrameKind? NeedMore()
    {
        if (_eof)
        {
            return Stop(Error(ImportRules.Truncated, Locate(_end), "$", null));
        }

        if (_end - _start < _maxHeaderBytes)
        {
            return FrameKind.NeedData;
        }

        return Stop(HeaderUnitTooLarge());
    }

    // One header unit (a member of the root object outside the students array: the separators before it, its name and
    // its value; or the bytes before the root's opening or closing brace) is held whole in the buffer to be read. The
    // limit is checked on the unit's length once it is complete, and by NeedMore while it is incomplete, so the outcome
    // does not depend on how much the buffer happened to hold: a unit of more than the limit is always this error.
    private bool OverHeaderLimit(ref Utf8JsonReader reader) => reader.BytesConsumed > _maxHeaderBytes;

    // Reads a header unit's first token: null to go on, or the step's result (more data, truncation, the unit's limit).
    private FrameKind? NextUnitToken(ref Utf8JsonReader reader) =>
        !reader.Read() ? NeedMore() : OverHeaderLimit(ref reader) ? Stop(HeaderUnitTooLarge()) : null;

    private SubmissionError HeaderUnitTooLarge() =>
        Error(ImportRules.TooLarge, Locate(_start), "$", null, "A value", _maxHeaderBytes.ToString(CultureInfo.InvariantCulture));

    private FrameKind? StartStep()
    {
        if (!_bomChecked)
        {
            if (_end - _start < 3 && !_eof)
            {
                return FrameKind.NeedData;
            }

            _bomChecked = true;
            if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _start += 3;
                _bom = true;
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
            return Stop(Malformed(ex, ref reader, "$"));
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Stop(ErrorAt(ImportRules.WrongType, _start + (int)reader.TokenStartIndex, "$", "$", "an object", JsonTokenNames.Describe(reader.TokenType)));
        }

        if (OverHeaderLimit(ref reader))
        {
            return Stop(HeaderUnitTooLarge());
        }

        Commit(ref reader);
        _phase = Phase.Header;
        return null;
    }

    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return Internal.ErrorText.Excerpt(reader.GetString() ?? "?", 40);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return "?";
        }
    }

    private FrameKind? HeaderStep()
    {
        var reader = NewReader();
        int which;
        string name;
        int nameAt;
        int valueStart, valueEnd;
        try
        {
            if (NextUnitToken(ref reader) is { } step)
            {
                return step;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                var missing = ErrorAt(ImportRules.MissingProperty, _start + (int)reader.TokenStartIndex, "$.students", "$.students");
                Commit(ref reader);
                FinishHeader(ImportRules.MissingProperty, missing);
                _headerErrors.Add(missing);
                _phase = Header is null && !_readStudentsWithoutHeader ? Phase.Done : Phase.Trailing;
                return FrameKind.HeaderReady;
            }

            nameAt = _start + (int)reader.TokenStartIndex;
            which = SubmissionShape.Document.Match(ref reader);
            name = which >= 0 ? SubmissionShape.Document.Properties[which] : SafeName(ref reader);
            if (which == StudentsField)
            {
                if (!reader.Read())
                {
                    return NeedMore();
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return Stop(ErrorAt(ImportRules.WrongType, _start + (int)reader.TokenStartIndex, "$.students", "$.students", "an array", JsonTokenNames.Describe(reader.TokenType)));
                }

                if (OverHeaderLimit(ref reader))
                {
                    return Stop(HeaderUnitTooLarge());
                }

                var at = Locate(nameAt);
                Commit(ref reader);
                FinishHeader(ImportRules.HeaderOrder, Error(ImportRules.HeaderOrder, at, "$", null));
                _phase = Header is null && !_readStudentsWithoutHeader ? Phase.Done : Phase.Students;
                return FrameKind.HeaderReady;
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
            if (OverHeaderLimit(ref reader))
            {
                return Stop(HeaderUnitTooLarge());
            }
        }
        catch (JsonException ex)
        {
            return Stop(Malformed(ex, ref reader, "$"));
        }

        var path = JsonPathBuilder.Child("$", name);
        if (which < 0)
        {
            _headerErrors.Add(ErrorAt(ImportRules.UnknownProperty, nameAt, path, path));
        }
        else if ((_headerSeen & (1 << which)) != 0)
        {
            _headerErrors.Add(ErrorAt(ImportRules.DuplicateProperty, nameAt, path, path));
        }
        else
        {
            _headerSeen |= 1 << which;
            // A bad value makes the header invalid but not the document unreadable: report it and read on.
            if (HeaderValue(which, path, _start + valueStart, valueEnd - valueStart) is { } error)
            {
                _headerErrors.Add(error);
            }
        }

        Commit(ref reader);
        return null;
    }

    /// <summary>Reads one header value from its complete bytes; returns its error or <see langword="null"/>.</summary>
    private SubmissionError? HeaderValue(int which, string path, int at, int length)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(at, length), isFinalBlock: true, state: default);
        reader.Read();
        if (which == 4)
        {
            return ContentKindsValue(ref reader, path, at);
        }

        var expected = which is 2 or 3 ? JsonTokenType.Number : JsonTokenType.String;
        if (reader.TokenType != expected)
        {
            return ErrorAt(ImportRules.WrongType, at, path, path, expected == JsonTokenType.Number ? "an integer" : "a string", JsonTokenNames.Describe(reader.TokenType));
        }

        string text;
        try
        {
            text = expected == JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString() ?? string.Empty;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return ErrorAt(ImportRules.InvalidUtf8, at, path, path);
        }

        _rawHeader[which] = text;
        if (text.Length > _maxStringLength)
        {
            return ErrorAt(
                ImportRules.StringTooLong,
                at,
                path,
                path,
                text.Length.ToString(CultureInfo.InvariantCulture),
                _maxStringLength.ToString(CultureInfo.InvariantCulture));
        }

        var shown = Internal.ErrorText.Excerpt(text, 40);
        switch (which)
        {
            case 0 when !string.Equals(text, SubmissionHeader.CurrentSchemaVersion, StringComparison.Ordinal):
                return ErrorAt(ImportRules.UnsupportedSchemaVersion, at, path, shown, SubmissionHeader.CurrentSchemaVersion);
            case 1 when !SchoolCode.TryParse(text, out var school) || !string.Equals(school.ToString(), text, StringComparison.Ordinal):
                return ErrorAt(ImportRules.InvalidValue, at, path, path, shown, "a school code of six digits or upper-case letters");
            case 2 when !reader.TryGetInt32(out _rocYear) || _rocYear < AcademicYear.MinRocYear || _rocYear > AcademicYear.MaxRocYear:
                return ErrorAt(ImportRules.InvalidValue, at, path, path, shown, "a whole number from 1 to 999 (ROC year)");
            case 3 when !reader.TryGetInt32(out _semester) || _semester is not (1 or 2):
                return ErrorAt(ImportRules.InvalidValue, at, path, path, shown, "1 or 2");
            case 5 when !InstantPattern.General.Parse(text).TryGetValue(default, out var instant) || !string.Equals(SubmissionWriter.FormatInstant(instant), text, StringComparison.Ordinal):
                return ErrorAt(ImportRules.InvalidValue, at, path, path, shown, "an ISO-8601 UTC instant yyyy-MM-ddTHH:mm:ssZ");
            default:
                _headerValid[which] = true;
                return null;
        }
    }

    private SubmissionError? ContentKindsValue(ref Utf8JsonReader reader, string path, int at)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ErrorAt(ImportRules.WrongType, at, path, path, "an array of strings", JsonTokenNames.Describe(reader.TokenType));
        }

        var kinds = ContentKinds.None;
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]");
            var itemAt = at + (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.String)
            {
                return ErrorAt(ImportRules.WrongType, itemAt, itemPath, itemPath, "a string", JsonTokenNames.Describe(reader.TokenType));
            }

            string text;
            try
            {
                text = reader.GetString() ?? string.Empty;
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                return ErrorAt(ImportRules.InvalidUtf8, itemAt, itemPath, itemPath);
            }

            var shown = Internal.ErrorText.Excerpt(text, 40);
            if (!JsonEnums.TryParse(text, JsonEnums.ContentKindValues, JsonEnums.ContentKindNames, out var kind))
            {
                return ErrorAt(ImportRules.UnknownEnumValue, itemAt, itemPath, itemPath, shown, string.Join(", ", JsonEnums.ContentKindNames));
            }

            if ((kinds & kind) != 0)
            {
                return ErrorAt(ImportRules.Duplicate, itemAt, itemPath, "content kind", shown);
            }

            kinds |= kind;
            _rawContentKinds.Add(text);
        }

        if (kinds == ContentKinds.None)
        {
            return ErrorAt(ImportRules.InvalidValue, at, path, path, "[]", "at least one content kind");
        }

        _kinds = kinds;
        _headerValid[4] = true;
        return null;
    }

    /// <summary>Builds the header when the students array (or the end of the object) is reached; missing fields get the rule of <paramref name="at"/>.</summary>
    private void FinishHeader(RuleDescriptor rule, SubmissionError at)
    {
        var ok = true;
        for (var i = 0; i < HeaderFields; i++)
        {
            if (_headerValid[i])
            {
                continue;
            }

            ok = false;
            if ((_headerSeen & (1 << i)) == 0)
            {
                var path = JsonPathBuilder.Child("$", SubmissionShape.Document.Properties[i]);
                var issue = new ValidationIssue(rule, null, null, path, [rule == ImportRules.HeaderOrder ? SubmissionShape.Document.Properties[i] : path]);
                _headerErrors.Add(new SubmissionError(issue, null, at.Position));
            }
        }

        if (!ok)
        {
            Header = null;
            return;
        }

        var term = new Term(AcademicYear.FromRocYear(_rocYear), (Semester)_semester);
        var generatedAt = InstantPattern.General.Parse(_rawHeader[5]!).Value;
        Header = new SubmissionHeader(SchoolCode.Parse(_rawHeader[1]!), term, _kinds, generatedAt);
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private FrameKind? BetweenElements()
    {
        while (true)
        {
            while (_start < _end && IsWhitespace(_buffer[_start]))
            {
                _start++;
            }

            if (_start == _end)
            {
                if (_eof)
                {
                    return Stop(Error(ImportRules.Truncated, Locate(_end), "$.students", null));
                }

                return FrameKind.NeedData;
            }

            var b = _buffer[_start];
            if (b == (byte)']')
            {
                if (_afterComma)
                {
                    return Stop(ErrorAt(ImportRules.MalformedJson, _start, "$.students", "a comma before ']' in the students array"));
                }

                _start++;
                _state = AfterMemberState();
                _phase = Phase.AfterStudents;
                return null;
            }

            if (_expectComma)
            {
                if (b != (byte)',')
                {
                    // The last element's structure ended early (e.g. a stray bracket): report the bytes that follow it
                    // and resynchronise at the next student.
                    DocumentError = ErrorAt(ImportRules.MalformedJson, _start, "$.students", "expected ',' or ']' after a student");
                    _resyncFrom = _start;
                    _expectComma = false;
                    _phase = Phase.Resync;
                    return FrameKind.Document;
                }

                _start++;
                _expectComma = false;
                _afterComma = true;
                continue;
            }

            break;
        }

        _afterComma = false;
        if (_buffer[_start] is not ((byte)'{' or (byte)'[' or (byte)'"' or (byte)'t' or (byte)'f' or (byte)'n' or (byte)'-' or (>= (byte)'0' and <= (byte)'9')))
        {
            return Stop(ErrorAt(ImportRules.MalformedJson, _start, "$.students", "expected a student object"));
        }

        _elementStart = _bufferBase + _start;
        _elementPosition = Locate(_start);
        _first = _buffer[_start];
        _scan = _start;
        _depth = 0;
        _arrays = 0;
        _inString = false;
        _escape = false;
        _tooLarge = false;
        _objects = 0;
        _phase = Phase.Element;
        return null;
    }

    private FrameKind? ElementStep()
    {
        var outcome = _first is (byte)'{' or (byte)'[' or (byte)'"' ? ScanStructure() : ScanScalar();
        if (outcome == ScanOutcome.Malformed)
        {
            var error = ErrorAt(ImportRules.MalformedJson, _scan, ElementPath(), _malformedDetail);
            Current = new ElementFrame(_index, _start, 0, _elementPosition, ElementProblem.Malformed, error, _bufferBase + _scan - _elementStart);
            _index++;
            _resyncFrom = Math.Max(_scan, (int)(_elementStart - _bufferBase) + 1);
            _start = Math.Max(_start, Math.Min(_resyncFrom, _end));
            _phase = Phase.Resync;
            return FrameKind.Student;
        }

        var size = _bufferBase + _scan - _elementStart;
        if (outcome == ScanOutcome.ValueTooLarge)
        {
            _start = _scan;
            return ValueTooLarge(size);
        }

        if (outcome == ScanOutcome.Complete)
        {
            var elementStart = _start;
            _start = _scan;
            _expectComma = true;
            _phase = Phase.Students;
            var index = _index++;
            if (_objects > _maxObjects && size <= _maxElementBytes)
            {
                var path = IndexPath(index);
                var limit = _maxObjects.ToString(CultureInfo.InvariantCulture);
                var error = Error(ImportRules.TooManyObjects, _elementPosition, path, (int)Math.Min(index, int.MaxValue), path, limit);
                Current = new ElementFrame(index, elementStart, 0, _elementPosition, ElementProblem.TooManyObjects, error, size);
            }
            else if (_tooLarge)
            {
                var path = IndexPath(index);
                var limit = _maxElementBytes.ToString(CultureInfo.InvariantCulture);
                var error = Error(ImportRules.TooLarge, _elementPosition, path, (int)Math.Min(index, int.MaxValue), "The student object", limit);
                Current = new ElementFrame(index, elementStart, 0, _elementPosition, ElementProblem.TooLarge, error, size);
            }
            else if (_first != (byte)'{')
            {
                var path = IndexPath(index);
                var error = Error(ImportRules.WrongType, _elementPosition, path, (int)Math.Min(index, int.MaxValue), path, "an object", FirstTokenName(_first));
                Current = new ElementFrame(index, elementStart, 0, _elementPosition, ElementProblem.NotObject, error, size);
            }
            else
            {
                Current = new ElementFrame(index, elementStart, (int)size, _elementPosition, ElementProblem.None, null, size);
            }

            return FrameKind.Student;
        }

        // Incomplete: keep the element (or, once it is too large, only the state) and read more.
        if (_eof)
        {
            var error = ErrorAt(ImportRules.Truncated, _end, ElementPath());
            Current = new ElementFrame(_index, _start, 0, _elementPosition, ElementProblem.Truncated, error, size);
            _index++;
            Fatal = error;
            _phase = Phase.Done;
            return FrameKind.Student;
        }

        // Too large, or too many objects: the rest is scanned to the element's end without being kept.
        if (!_tooLarge && (size > _maxElementBytes || _objects > _maxObjects))
        {
            _tooLarge = true;
        }

        if (_tooLarge)
        {
            _start = _scan;
            if (_inString && _bufferBase + _end - _stringStart > _maxElementBytes)
            {
                return ValueTooLarge(size);
            }
        }

        return FrameKind.NeedData;
    }

    // One string longer than a whole student: stop rather than read it to its end.
    private FrameKind ValueTooLarge(long size)
    {
        var index = _index++;
        var studentIndex = (int)Math.Min(index, int.MaxValue);
        var path = IndexPath(index);
        var limit = _maxElementBytes.ToString(CultureInfo.InvariantCulture);
        var error = Error(ImportRules.TooLarge, _elementPosition, path, studentIndex, "The student object", limit);
        Current = new ElementFrame(index, _start, 0, _elementPosition, ElementProblem.TooLarge, error, size);
        Fatal = Error(ImportRules.TooLarge, Locate(_scan), path, studentIndex, "A single value", limit);
        _phase = Phase.Failing;
        return FrameKind.Student;
    }

    private static string FirstTokenName(byte first) => first switch
    {
        (byte)'[' => JsonTokenNames.Describe(JsonTokenType.StartArray),
        (byte)'"' => JsonTokenNames.Describe(JsonTokenType.String),
        (byte)'t' or (byte)'f' => JsonTokenNames.Describe(JsonTokenType.True),
        (byte)'n' => JsonTokenNames.Describe(JsonTokenType.Null),
        _ => JsonTokenNames.Describe(JsonTokenType.Number),
    };

    private ScanOutcome ScanScalar()
    {
        var rest = _buffer.AsSpan(_scan, _end - _scan);
        var stop = rest.IndexOfAny(ScalarEnd);
        if (stop < 0)
        {
            _scan = _end;
            return ScanOutcome.NeedMore;
        }

        _scan += stop;
        return ScanOutcome.Complete;
    }

    /// <summary>Advances the structural scan of the element over the bytes read so far.</summary>
    private ScanOutcome ScanStructure()
    {
        var buffer = _buffer;
        var i = _scan;
        var end = _end;
        while (i < end)
        {
            if (_depth > 0 && !_escape && !_tooLarge && end - i >= 64)
            {
                // 64 bytes at a time while inside the element: bit masks instead of a search per string.
                var block = StructuralBlock(buffer, i);
                if (block != BlockOutcome.Scalar)
                {
                    if (block == BlockOutcome.Done)
                    {
                        return _blockOutcome;
                    }

                    i += 64;
                    continue;
                }
            }

            if (_escape)
            {
                _escape = false;
                i++;
                continue;
            }

            if (_inString)
            {
                var k = buffer.AsSpan(i, end - i).IndexOfAny(InsideString);
                if (k < 0)
                {
                    i = end;
                    break;
                }

                i += k;
                var c = buffer[i];
                if (c == (byte)'"')
                {
                    _inString = false;
                    if (_bufferBase + i - _stringStart > _maxElementBytes)
                    {
                        _scan = i;
                        return ScanOutcome.ValueTooLarge;
                    }

                    i++;
                    if (_depth == 0)
                    {
                        _scan = i;
                        return ScanOutcome.Complete;
                    }
                }
                else if (c == (byte)'\\')
                {
                    _escape = true;
                    i++;
                }
                else
                {
                    _scan = i;
                    _malformedDetail = "a string holds a raw control character";
                    return ScanOutcome.Malformed;
                }

                continue;
            }

            var j = buffer.AsSpan(i, end - i).IndexOfAny(OutsideString);
            if (j < 0)
            {
                i = end;
                break;
            }

            i += j;
            switch (buffer[i])
            {
                case (byte)'"':
                    _inString = true;
                    _stringStart = _bufferBase + i;
                    break;
                case (byte)'{':
                case (byte)'[':
                    if (_depth == MaxElementDepth)
                    {
                        _scan = i;
                        _malformedDetail = "the nesting is deeper than 64 levels";
                        return ScanOutcome.Malformed;
                    }

                    if (buffer[i] == (byte)'[')
                    {
                        _arrays |= 1UL << _depth;
                    }
                    else
                    {
                        _arrays &= ~(1UL << _depth);
                        _objects++;
                    }

                    _depth++;
                    break;
                default:
                    var isArray = buffer[i] == (byte)']';
                    if (_depth == 0 || ((_arrays >> (_depth - 1)) & 1) != (isArray ? 1UL : 0UL))
                    {
                        _scan = i;
                        _malformedDetail = isArray ? "']' does not close an array" : "'}' does not close an object";
                        return ScanOutcome.Malformed;
                    }

                    _depth--;
                    if (_depth == 0)
                    {
                        _scan = i + 1;
                        return ScanOutcome.Complete;
                    }

                    break;
            }

            i++;
        }

        _scan = i;
        return ScanOutcome.NeedMore;
    }

    private enum BlockOutcome
    {
        Scalar,
        Next,
        Done,
    }

    private static ulong Mask(Vector256<byte> lo, Vector256<byte> hi, Vector256<byte> value) =>
        Vector256.Equals(lo, value).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(hi, value).ExtractMostSignificantBits() << 32);

    private static ulong PrefixXor(ulong x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    /// <summary>
    /// Scans the 64 bytes at <paramref name="at"/> (inside the element, no escape pending): quotes toggle the
    /// in-string state by a prefix XOR of their bit mask, brackets outside strings are visited one by one. A block
    /// with a backslash, or a machine without 256-bit vectors, goes the scalar way.
    /// </summary>
    private BlockOutcome StructuralBlock(byte[] buffer, int at)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return BlockOutcome.Scalar;
        }

        var lo = Vector256.Create(buffer, at);
        var hi = Vector256.Create(buffer, at + 32);
        if (Mask(lo, hi, Vector256.Create((byte)'\\')) != 0)
        {
            return BlockOutcome.Scalar;
        }

        var quotes = Mask(lo, hi, Vector256.Create((byte)'"'));
        var inString = PrefixXor(quotes) ^ (_inString ? ulong.MaxValue : 0UL);
        var control = (Vector256.LessThan(lo, Vector256.Create((byte)0x20)).ExtractMostSignificantBits()
            | ((ulong)Vector256.LessThan(hi, Vector256.Create((byte)0x20)).ExtractMostSignificantBits() << 32)) & inString;
        var loFolded = lo | Vector256.Create((byte)0x20);
        var hiFolded = hi | Vector256.Create((byte)0x20);
        var brackets = (Mask(loFolded, hiFolded, Vector256.Create((byte)'{')) | Mask(loFolded, hiFolded, Vector256.Create((byte)'}'))) & ~inString;
        var firstControl = control == 0 ? 64 : BitOperations.TrailingZeroCount(control);
        while (brackets != 0)
        {
            var k = BitOperations.TrailingZeroCount(brackets);
            if (k > firstControl)
            {
                break;
            }

            brackets &= brackets - 1;
            var c = buffer[at + k];
            if (c is (byte)'{' or (byte)'[')
            {
                if (_depth == MaxElementDepth)
                {
                    _scan = at + k;
                    _malformedDetail = "the nesting is deeper than 64 levels";
                    _blockOutcome = ScanOutcome.Malformed;
                    return BlockOutcome.Done;
                }

                if (c == (byte)'[')
                {
                    _arrays |= 1UL << _depth;
                }
                else
                {
                    _arrays &= ~(1UL << _depth);
                    _objects++;
                }

                _depth++;
                continue;
            }

            var isArray = c == (byte)']';
            if (((_arrays >> (_depth - 1)) & 1) != (isArray ? 1UL : 0UL))
            {
                _scan = at + k;
                _malformedDetail = isArray ? "']' does not close an array" : "'}' does not close an object";
                _blockOutcome = ScanOutcome.Malformed;
                return BlockOutcome.Done;
            }

            _depth--;
            if (_depth == 0)
            {
                _inString = false;
                _scan = at + k + 1;
                _blockOutcome = ScanOutcome.Complete;
                return BlockOutcome.Done;
            }
        }

        if (control != 0)
        {
            _scan = at + firstControl;
            _malformedDetail = "a string holds a raw control character";
            _blockOutcome = ScanOutcome.Malformed;
            return BlockOutcome.Done;
        }

        _inString = (inString >> 63) != 0;
        var opening = quotes & inString;
        if (_inString && opening != 0)
        {
            _stringStart = _bufferBase + at + 63 - BitOperations.LeadingZeroCount(opening);
        }

        return BlockOutcome.Next;
    }

    // After malformed structure inside a student: look for the next `,` `{` `"nationalId"` (whitespace allowed between).
    private FrameKind? ResyncStep()
    {
        var property = "\"nationalId\""u8;
        var searchFrom = Math.Max(_resyncFrom, _start);
        while (true)
        {
            var hit = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf(property);
            if (hit < 0)
            {
                break;
            }

            var at = searchFrom + hit;
            var j = at - 1;
            while (j >= _start && IsWhitespace(_buffer[j]))
            {
                j--;
            }

            if (j >= _start && _buffer[j] == (byte)'{')
            {
                var brace = j;
                j--;
                while (j >= _start && IsWhitespace(_buffer[j]))
                {
                    j--;
                }

                if (j >= _start && _buffer[j] == (byte)',')
                {
                    _start = brace;
                    _expectComma = false;
                    _phase = Phase.Students;
                    return null;
                }
            }

            searchFrom = at + 1;
        }

        if (_eof)
        {
            var error = ErrorAt(ImportRules.MalformedJson, _end, "$.students", "no student could be found after a malformed student; the rest of the file was not read");
            _phase = Phase.Done;
            Fatal = error;
            DocumentError = error;
            return FrameKind.Document;
        }

        // Keep a little context (whitespace could separate the comma, brace and name) and read more.
        _start = Math.Max(_start, _end - ResyncContext);
        _resyncFrom = _start;
        return FrameKind.NeedData;
    }

    private FrameKind? AfterStudentsStep()
    {
        var reader = NewReader();
        try
        {
            if (NextUnitToken(ref reader) is { } step)
            {
                return step;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                Commit(ref reader);
                _phase = Phase.Trailing;
                return null;
            }

            var nameAt = _start + (int)reader.TokenStartIndex;
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

            if (OverHeaderLimit(ref reader))
            {
                return Stop(HeaderUnitTooLarge());
            }

            var path = JsonPathBuilder.Child("$", name);
            var error = which switch
            {
                < 0 => ErrorAt(ImportRules.UnknownProperty, nameAt, path, path),
                StudentsField => ErrorAt(ImportRules.DuplicateProperty, nameAt, path, path),
                _ => ErrorAt(ImportRules.HeaderOrder, nameAt, path, name),
            };
            Commit(ref reader);
            DocumentError = error;
            return FrameKind.Document;
        }
        catch (JsonException ex)
        {
            return Stop(Malformed(ex, ref reader, "$"));
        }
    }

    private FrameKind FailingStep()
    {
        _phase = Phase.Done;
        DocumentError = Fatal;
        return FrameKind.Document;
    }

    private FrameKind? TrailingStep()
    {
        var rest = _buffer.AsSpan(_start, _end - _start);
        var bad = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (bad >= 0)
        {
            var error = Error(ImportRules.TrailingContent, Locate(_start + bad), "$", null);
            _phase = Phase.Done;
            DocumentError = error;
            return FrameKind.Document;
        }

        _start = _end;
        if (_eof)
        {
            _phase = Phase.Done;
            Completed = true;
            return FrameKind.End;
        }

        return FrameKind.NeedData;
    }
}
