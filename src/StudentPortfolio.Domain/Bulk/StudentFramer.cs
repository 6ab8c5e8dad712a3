using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Splits a submission document into per-student byte slices while streaming it: reads the header fields with a
/// <see cref="Utf8JsonReader"/> whose <see cref="JsonReaderState"/> is carried across buffer refills, then frames
/// each element of the <c>students</c> array with a fresh reader per element over the same pooled buffer.
/// </summary>
/// <remarks>
/// <para>
/// Memory: one buffer of <see cref="BulkValidationOptions.BufferSize"/> bytes, grown only while one student does
/// not fit, to at most that student's size plus the buffer size; a student larger than
/// <see cref="BulkValidationOptions.MaxStudentBytes"/> is scanned to its end without being kept
/// (<see cref="FrameProblem.TooLarge"/>). Each framed student is copied into its own array rented from
/// <see cref="Frames"/>; the consumer returns it there.
/// </para>
/// <para>
/// Damage: malformed JSON inside one student yields a <see cref="FrameProblem.Malformed"/> frame and the framer
/// resynchronises at the next <c>{"nationalId"</c> that follows a comma; when it cannot, or when the document
/// structure itself is wrong, <see cref="Fatal"/> is set and framing stops. Not thread-safe: one reader thread.
/// </para>
/// </remarks>
internal sealed class StudentFramer : IDisposable
{
    private static ReadOnlySpan<byte> NationalIdProperty => "\"nationalId\""u8;

    private readonly Stream _stream;
    private readonly int _chunk;
    private readonly int _maxStudentBytes;
    private readonly List<string> _contentKinds = [];

    private byte[] _buf;
    private int _cap;       // logical capacity of _buf
    private int _end;       // bytes of valid data in _buf
    private long _base;     // absolute offset of _buf[0]
    private bool _eof;
    private long _newlines; // newlines in [0, _countedTo)
    private long _countedTo;

    private Phase _phase = Phase.Header;
    private long _pos;      // absolute cursor
    private JsonReaderState _headerState;
    private HeaderField _pending;
    private bool _rootSeen;
    private bool _inContentKinds;
    private int _skipDepth = -1;
    private bool _expectComma;
    private bool _afterComma;
    private long _nextIndex;

    // Header values.
    private string? _schemaVersion;
    private string? _school;
    private int? _academicYear;
    private int? _semester;
    private string? _generatedAt;

    public StudentFramer(Stream stream, int bufferSize, int maxStudentBytes, FrameBufferPool? frames = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        Frames = frames ?? new FrameBufferPool(4);
        _chunk = bufferSize;
        _maxStudentBytes = maxStudentBytes;
        _cap = bufferSize;
        _buf = ArrayPool<byte>.Shared.Rent(bufferSize);
        PeakBufferLength = bufferSize;
    }

    private enum Phase
    {
        Header,
        Elements,
        Done,
    }

    private enum HeaderField
    {
        None,
        SchemaVersion,
        School,
        AcademicYear,
        Semester,
        ContentKinds,
        GeneratedAt,
        Students,
        Other,
    }

    private enum HeaderOutcome
    {
        NeedMore,
        StudentsStart,
        RootEnd,
        Failed,
    }

    /// <summary>Gets the pool the frames' buffers come from; consumers return them there.</summary>
    public FrameBufferPool Frames { get; }

    /// <summary>Gets the bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Gets the number of elements of the <c>students</c> array framed so far.</summary>
    public long StudentsFramed => _nextIndex;

    /// <summary>Gets the largest buffer length the framer has used (logical length, not the pool's rounded size).</summary>
    public int PeakBufferLength { get; private set; }

    /// <summary>Gets the fatal document problem that stopped framing, if any.</summary>
    public FramingError? Fatal { get; private set; }

    /// <summary>Gets a value indicating whether the whole document was read and its closing brace seen.</summary>
    public bool Completed { get; private set; }

    /// <summary>Gets the document header as read so far (complete once framing has finished).</summary>
    public BulkDocumentHeader Header => new()
    {
        SchemaVersion = _schemaVersion,
        School = _school,
        AcademicYear = _academicYear,
        Semester = _semester,
        ContentKinds = _contentKinds.ToArray(),
        GeneratedAt = _generatedAt,
    };

    /// <summary>Frames the next element of the <c>students</c> array.</summary>
    /// <param name="frame">The frame; its buffer (if any) belongs to the caller.</param>
    /// <returns><see langword="false"/> when the document has ended or framing stopped (see <see cref="Fatal"/>).</returns>
    public bool TryReadNext(out StudentFrame frame)
    {
        frame = default;
        while (true)
        {
            switch (_phase)
            {
                case Phase.Done:
                    return false;
                case Phase.Header:
                    var outcome = RunHeader();
                    if (outcome == HeaderOutcome.StudentsStart)
                    {
                        _phase = Phase.Elements;
                        _expectComma = false;
                        continue;
                    }

                    if (outcome == HeaderOutcome.RootEnd)
                    {
                        FailStructure(_pos, "the document has no \"students\" array");
                    }

                    _phase = Phase.Done;
                    return false;
                default:
                    if (NextElement(out frame))
                    {
                        return true;
                    }

                    if (_phase == Phase.Done)
                    {
                        return false;
                    }

                    continue;
            }
        }
    }

    /// <summary>Returns the 1-based line number of an absolute byte offset still in (or before) the buffer.</summary>
    public long LineAt(long absolute)
    {
        if (absolute >= _countedTo)
        {
            var from = (int)(_countedTo - _base);
            var to = (int)Math.Min(absolute - _base, _end);
            if (to > from)
            {
                _newlines += _buf.AsSpan(from, to - from).Count((byte)'\n');
                _countedTo = _base + to;
            }

            return _newlines + 1;
        }

        var start = (int)Math.Max(absolute - _base, 0);
        var stop = (int)(_countedTo - _base);
        return _newlines - _buf.AsSpan(start, stop - start).Count((byte)'\n') + 1;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        var buf = _buf;
        _buf = [];
        _phase = Phase.Done;
        if (buf.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buf);
        }
    }

    private int Idx(long absolute) => (int)(absolute - _base);

    // Discards bytes before keepFrom (absolute), grows if the kept part fills the buffer, reads once more.
    private bool Fill(long keepFrom)
    {
        if (_eof)
        {
            return false;
        }

        var keep = Idx(keepFrom);
        if (keep > 0)
        {
            LineAt(keepFrom);
            _buf.AsSpan(keep, _end - keep).CopyTo(_buf);
            _end -= keep;
            _base += keep;
        }

        if (_end == _cap)
        {
            var newCap = _end + _chunk;
            var bigger = ArrayPool<byte>.Shared.Rent(newCap);
            _buf.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buf);
            _buf = bigger;
            _cap = newCap;
            PeakBufferLength = Math.Max(PeakBufferLength, newCap);
        }
        else if (_cap > _chunk && _end <= _chunk / 2)
        {
            // Shrink back after a large student has left the buffer.
            var smaller = ArrayPool<byte>.Shared.Rent(_chunk);
            _buf.AsSpan(0, _end).CopyTo(smaller);
            ArrayPool<byte>.Shared.Return(_buf);
            _buf = smaller;
            _cap = _chunk;
        }

        var n = _stream.Read(_buf, _end, _cap - _end);
        if (n <= 0)
        {
            _eof = true;
            return false;
        }

        _end += n;
        BytesRead += n;
        return true;
    }

    private HeaderOutcome RunHeader()
    {
        while (true)
        {
            var start = Idx(_pos);
            var reader = new Utf8JsonReader(_buf.AsSpan(start, _end - start), isFinalBlock: false, _headerState);
            HeaderOutcome outcome;
            try
            {
                outcome = ReadHeaderTokens(ref reader);
            }
            catch (JsonException ex)
            {
                var at = _pos + reader.BytesConsumed;
                FailStructure(at, "malformed JSON outside the students array: " + Trim(ex.Message));
                return HeaderOutcome.Failed;
            }
            catch (InvalidOperationException)
            {
                // Utf8JsonReader.GetString: a header string that is not valid UTF-8 or escapes a lone surrogate.
                FailStructure(_pos + reader.BytesConsumed, "malformed JSON outside the students array: a string is not valid UTF-8 or escapes an unpaired surrogate");
                return HeaderOutcome.Failed;
            }

            _pos += reader.BytesConsumed;
            _headerState = reader.CurrentState;
            if (outcome != HeaderOutcome.NeedMore)
            {
                return outcome;
            }

            if (_base + _end - _pos > _maxStudentBytes)
            {
                FailStructure(_pos, "a value before the students array is larger than the maximum student size");
                return HeaderOutcome.Failed;
            }

            if (!Fill(_pos))
            {
                if (_base + _end == 0)
                {
                    FailStructure(0, "the file is empty");
                }
                else
                {
                    FailTruncated(_base + _end, "the file ends before the \"students\" array");
                }

                return HeaderOutcome.Failed;
            }
        }
    }

    private HeaderOutcome ReadHeaderTokens(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            if (!_rootSeen)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    FailStructure(_pos + reader.TokenStartIndex, "the document root is not a JSON object");
                    return HeaderOutcome.Failed;
                }

                _rootSeen = true;
                continue;
            }

            if (_skipDepth >= 0)
            {
                if (reader.CurrentDepth == _skipDepth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    _skipDepth = -1;
                }

                continue;
            }

            if (_inContentKinds)
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _inContentKinds = false;
                }
                else if (reader.TokenType == JsonTokenType.String)
                {
                    _contentKinds.Add(reader.GetString()!);
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    _skipDepth = reader.CurrentDepth;
                }

                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.EndObject when reader.CurrentDepth == 0:
                    return HeaderOutcome.RootEnd;
                case JsonTokenType.PropertyName:
                    _pending = reader.ValueTextEquals("students"u8) ? HeaderField.Students
                        : reader.ValueTextEquals("schemaVersion"u8) ? HeaderField.SchemaVersion
                        : reader.ValueTextEquals("school"u8) ? HeaderField.School
                        : reader.ValueTextEquals("academicYear"u8) ? HeaderField.AcademicYear
                        : reader.ValueTextEquals("semester"u8) ? HeaderField.Semester
                        : reader.ValueTextEquals("contentKinds"u8) ? HeaderField.ContentKinds
                        : reader.ValueTextEquals("generatedAt"u8) ? HeaderField.GeneratedAt
                        : HeaderField.Other;
                    continue;
                default:
                    break;
            }

            var field = _pending;
            _pending = HeaderField.None;
            if (field == HeaderField.Students)
            {
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    return HeaderOutcome.StudentsStart;
                }

                FailStructure(_pos + reader.TokenStartIndex, "\"students\" is not an array");
                return HeaderOutcome.Failed;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (field == HeaderField.ContentKinds && reader.TokenType == JsonTokenType.StartArray)
                {
                    _inContentKinds = true;
                }
                else
                {
                    _skipDepth = reader.CurrentDepth;
                }

                continue;
            }

            StoreHeaderValue(field, ref reader);
        }

        return HeaderOutcome.NeedMore;
    }

    private void StoreHeaderValue(HeaderField field, ref Utf8JsonReader reader)
    {
        var isString = reader.TokenType == JsonTokenType.String;
        var isNumber = reader.TokenType == JsonTokenType.Number;
        switch (field)
        {
            case HeaderField.SchemaVersion when isString:
                _schemaVersion = reader.GetString();
                break;
            case HeaderField.School when isString:
                _school = reader.GetString();
                break;
            case HeaderField.GeneratedAt when isString:
                _generatedAt = reader.GetString();
                break;
            case HeaderField.AcademicYear when isNumber && reader.TryGetInt32(out var year):
                _academicYear = year;
                break;
            case HeaderField.Semester when isNumber && reader.TryGetInt32(out var semester):
                _semester = semester;
                break;
            default:
                break;
        }
    }

    private bool NextElement(out StudentFrame frame)
    {
        frame = default;

        // Whitespace, separators and the end of the array.
        while (true)
        {
            var i = Idx(_pos);
            while (i < _end && _buf[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                i++;
            }

            _pos = _base + i;
            if (i == _end)
            {
                if (!Fill(_pos))
                {
                    FailTruncated(_pos, string.Create(CultureInfo.InvariantCulture, $"the file ends inside the students array after {_nextIndex} student(s)"));
                    return false;
                }

                continue;
            }

            var b = _buf[i];
            if (b == (byte)']')
            {
                if (_afterComma)
                {
                    FailStructure(_pos, "a comma before ']' in the students array");
                    return false;
                }

                _pos++;
                ReadTail();
                return false;
            }

            if (_expectComma)
            {
                if (b != (byte)',')
                {
                    FailStructure(_pos, string.Create(CultureInfo.InvariantCulture, $"expected ',' or ']' after student {_nextIndex - 1}"));
                    return false;
                }

                _pos++;
                _expectComma = false;
                _afterComma = true;
                continue;
            }

            break;
        }

        _afterComma = false;
        return FrameElement(out frame);
    }

    private bool FrameElement(out StudentFrame frame)
    {
        var index = _nextIndex;
        var elementStart = _pos;
        var line = LineAt(elementStart);
        var scan = elementStart;         // absolute position up to which the element has been tokenised
        var state = default(JsonReaderState);
        var first = JsonTokenType.None;
        var tooLarge = false;
        while (true)
        {
            var from = Idx(scan);
            var reader = new Utf8JsonReader(_buf.AsSpan(from, _end - from), isFinalBlock: false, state);
            var complete = false;
            try
            {
                while (reader.Read())
                {
                    if (first == JsonTokenType.None)
                    {
                        first = reader.TokenType;
                    }

                    if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    {
                        complete = true;
                        break;
                    }
                }
            }
            catch (JsonException ex)
            {
                var at = scan + reader.BytesConsumed;
                frame = Damaged(index, elementStart, line, FrameProblem.Malformed, Trim(ex.Message), at, at - elementStart);
                Resync(at, elementStart);
                return true;
            }

            scan += reader.BytesConsumed;
            state = reader.CurrentState;
            if (complete)
            {
                _nextIndex++;
                _pos = scan;
                _expectComma = true;
                var size = scan - elementStart;
                if (tooLarge)
                {
                    frame = Damaged(index, elementStart, line, FrameProblem.TooLarge, null, elementStart, size);
                    return true;
                }

                if (first != JsonTokenType.StartObject)
                {
                    frame = Damaged(index, elementStart, line, FrameProblem.NotObject, TokenName(first), elementStart, size);
                    return true;
                }

                var length = (int)size;
                var copy = Frames.Rent(length);
                _buf.AsSpan(Idx(elementStart), length).CopyTo(copy);
                frame = new StudentFrame(index, elementStart, line, copy, length, FrameProblem.None, null, elementStart, line, size);
                return true;
            }

            // Incomplete: keep the element (or only the unscanned tail once it is too large) and read more.
            if (!tooLarge && _base + _end - elementStart > _maxStudentBytes)
            {
                tooLarge = true;
            }

            if (tooLarge && _base + _end - scan > _maxStudentBytes)
            {
                // One JSON token (e.g. a string) larger than the maximum: it cannot be scanned without holding it.
                _nextIndex++;
                frame = Damaged(index, elementStart, line, FrameProblem.TooLarge, null, elementStart, _base + _end - elementStart);
                FailStructure(scan, "a single JSON value is larger than the maximum student size; the rest of the file was not validated");
                return true;
            }

            if (!Fill(tooLarge ? scan : elementStart))
            {
                var at = _base + _end;
                _nextIndex++;
                frame = Damaged(index, elementStart, line, FrameProblem.Truncated, "the file ends inside this student", at, at - elementStart);
                FailTruncated(at, string.Create(CultureInfo.InvariantCulture, $"the file ends inside student {index}"));
                return true;
            }
        }
    }

    private StudentFrame Damaged(long index, long start, long line, FrameProblem problem, string? detail, long at, long size)
    {
        if (problem != FrameProblem.Truncated && problem != FrameProblem.Malformed)
        {
            return new StudentFrame(index, start, line, null, 0, problem, detail, at, line, size);
        }

        return new StudentFrame(index, start, line, null, 0, problem, detail, at, LineAt(at), size);
    }

    // After malformed JSON inside a student: look for the next `,` `{` `"nationalId"` (whitespace allowed between).
    private void Resync(long errorAt, long elementStart)
    {
        _nextIndex++;
        var searchFrom = Math.Max(errorAt, elementStart + 1);
        while (true)
        {
            var from = Idx(searchFrom);
            var hit = _buf.AsSpan(from, _end - from).IndexOf(NationalIdProperty);
            if (hit >= 0)
            {
                var at = from + hit;
                var j = at - 1;
                while (j >= 0 && IsWhitespace(_buf[j]))
                {
                    j--;
                }

                if (j >= 0 && _buf[j] == (byte)'{')
                {
                    var brace = j;
                    j--;
                    while (j >= 0 && IsWhitespace(_buf[j]))
                    {
                        j--;
                    }

                    if (j >= 0 && _buf[j] == (byte)',')
                    {
                        _pos = _base + brace;
                        _expectComma = false;
                        return;
                    }
                }

                searchFrom = _base + at + 1;
                continue;
            }

            // Keep a little context (a whitespace run could separate the comma, brace and name), read more.
            var keepAbs = _base + Math.Min(Math.Max(Idx(searchFrom), _end - 256), _end);
            if (!Fill(keepAbs))
            {
                FailStructure(_base + _end, string.Create(CultureInfo.InvariantCulture, $"could not find the next student after malformed student {_nextIndex - 1}; the rest of the file was not validated"));
                return;
            }

            searchFrom = keepAbs;
        }
    }

    // After the students array: the rest of the root object, e.g. `}` or `,"generatedAt":"…"}`.
    private void ReadTail()
    {
        var tailStart = _pos;
        while (Fill(_pos))
        {
            if (_base + _end - _pos > _maxStudentBytes)
            {
                FailStructure(tailStart, "the content after the students array is too large");
                return;
            }
        }

        var i = Idx(_pos);
        while (i < _end && IsWhitespace(_buf[i]))
        {
            i++;
        }

        if (i == _end)
        {
            FailTruncated(_base + _end, "the file ends before the closing '}' of the document");
            return;
        }

        // Re-read the remaining members as an object of their own: `{` + the bytes after the comma (or `{}` + rest).
        var rest = _buf.AsSpan(i, _end - i);
        if (rest[0] is not ((byte)'}' or (byte)','))
        {
            FailStructure(_base + i, "expected ',' or '}' after the students array");
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(rest.Length + 1);
        try
        {
            rented[0] = (byte)'{';
            var body = rest[0] == (byte)',' ? rest[1..] : rest;
            body.CopyTo(rented.AsSpan(1));
            ReadOnlySpan<byte> json = rented.AsSpan(0, body.Length + 1);
            _headerState = default;
            _rootSeen = false;
            _pending = HeaderField.None;
            var reader = new Utf8JsonReader(json, isFinalBlock: false, default);
            HeaderOutcome outcome;
            try
            {
                outcome = ReadHeaderTokens(ref reader);
                if (outcome == HeaderOutcome.NeedMore)
                {
                    FailTruncated(_base + _end, "the file ends before the closing '}' of the document");
                    return;
                }

                if (outcome == HeaderOutcome.RootEnd)
                {
                    foreach (var b in json[(int)reader.BytesConsumed..])
                    {
                        if (!IsWhitespace(b))
                        {
                            FailStructure(_base + i, "content after the end of the document");
                            return;
                        }
                    }
                }
            }
            catch (JsonException ex)
            {
                FailStructure(_base + i, "malformed JSON after the students array: " + Trim(ex.Message));
                return;
            }

            if (outcome == HeaderOutcome.StudentsStart)
            {
                FailStructure(_base + i, "a second \"students\" array");
            }
            else if (outcome == HeaderOutcome.RootEnd)
            {
                Completed = true;
                _phase = Phase.Done;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void FailStructure(long at, string detail)
    {
        Fatal ??= new FramingError(FramingErrorKind.Structure, at, LineAt(at), detail);
        _phase = Phase.Done;
    }

    private void FailTruncated(long at, string detail)
    {
        Fatal ??= new FramingError(FramingErrorKind.Truncated, at, LineAt(at), detail);
        _phase = Phase.Done;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    private static string TokenName(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "not an object",
    };

    // Drops the reader's own line/position suffix (relative to the element, so misleading here).
    private static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return Internal.ErrorText.Excerpt(cut > 0 ? message[..cut] : message);
    }
}
