using System.Globalization;
using StudentPortfolio.Export;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Bulk;

/// <summary>
/// Feeds a stream into the submission format's one framer (<see cref="DocumentFramer"/>) for the bulk validator and
/// copies each framed student into a buffer of its own (from <see cref="Frames"/>), so workers can validate it on
/// other threads while the next students are framed.
/// </summary>
/// <remarks>
/// The framer's buffer holds at most one student larger than <see cref="BulkValidationOptions.BufferSize"/> (up to
/// <see cref="BulkValidationOptions.MaxStudentBytes"/>); a larger student is scanned to its end without being kept
/// (<see cref="ElementProblem.TooLarge"/>). Problems of the header and of the document outside any student are
/// collected in <see cref="DocumentIssues"/>, with the same rule codes and positions the
/// <see cref="SubmissionReader"/> reports. Reads are asynchronous with the caller's cancellation token, so a
/// stalled stream does not delay cancellation. Not thread-safe: one reader thread.
/// </remarks>
internal sealed class StudentFramer
{
    private readonly Stream _stream;
    private readonly DocumentFramer _framer;
    private readonly List<ValidationIssue> _documentIssues = [];
    private readonly int _maxStudentBytes;

    public StudentFramer(Stream stream, int bufferSize, int maxStudentBytes, FrameBufferPool? frames = null, int maxObjects = SubmissionReaderOptions.DefaultMaxObjectsPerStudent)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _maxStudentBytes = maxStudentBytes;
        Frames = frames ?? new FrameBufferPool(4);
        _framer = new DocumentFramer(maxStudentBytes, SubmissionReaderOptions.DefaultMaxStringLength, bufferSize, readStudentsWithoutHeader: true, maxObjects);
    }

    /// <summary>Gets the pool the frames' buffers come from; consumers return them there.</summary>
    public FrameBufferPool Frames { get; }

    /// <summary>Gets the bytes read from the stream so far.</summary>
    public long BytesRead => _framer.BytesRead;

    /// <summary>Gets the number of elements of the <c>students</c> array framed so far.</summary>
    public long StudentsFramed => _framer.ElementsFramed;

    /// <summary>Gets the largest buffer length the framer has used.</summary>
    public int PeakBufferLength => _framer.PeakBufferLength;

    /// <summary>Gets the problem that stopped framing before the end of the document, if any.</summary>
    public FramingError? Fatal => _framer.Fatal is { } error
        ? new FramingError(
            error.Issue.Rule == ImportRules.Truncated ? FramingErrorKind.Truncated : FramingErrorKind.Structure,
            error.Position.Offset ?? 0,
            error.Position.Line,
            error.Issue.Message)
        : null;

    /// <summary>Gets the problems of the header and of the document outside any student, in document order.</summary>
    public IReadOnlyList<ValidationIssue> DocumentIssues => _documentIssues;

    /// <summary>Gets a value indicating whether the whole document was read and its closing brace seen.</summary>
    public bool Completed => _framer.Completed;

    /// <summary>Gets the document's header once read, or <see langword="null"/> when it was invalid or has not been read.</summary>
    public SubmissionHeader? DocumentHeader => _framer.Header;

    /// <summary>Gets the document header as found (complete once framing has finished).</summary>
    public BulkDocumentHeader Header => new()
    {
        SchemaVersion = _framer.RawHeader(0),
        School = _framer.RawHeader(1),
        AcademicYear = int.TryParse(_framer.RawHeader(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) ? year : null,
        Semester = int.TryParse(_framer.RawHeader(3), NumberStyles.Integer, CultureInfo.InvariantCulture, out var semester) ? semester : null,
        ContentKinds = [.. _framer.RawContentKinds],
        GeneratedAt = _framer.RawHeader(5),
    };

    /// <summary>Frames the next element of the <c>students</c> array, reading synchronously.</summary>
    /// <param name="frame">The frame; its buffer (if any) belongs to the caller.</param>
    /// <returns><see langword="false"/> when the document has ended or framing stopped (see <see cref="Fatal"/>).</returns>
    public bool TryReadNext(out StudentFrame frame)
    {
        while (true)
        {
            var kind = _framer.Advance();
            if (kind == FrameKind.NeedData)
            {
                _framer.Filled(_stream.Read(_framer.GetFillBuffer().Span));
                continue;
            }

            if (Take(kind, out frame) is { } more)
            {
                return more;
            }
        }
    }

    /// <summary>Frames the next element of the <c>students</c> array, reading asynchronously.</summary>
    /// <param name="cancellationToken">Cancels a read in progress.</param>
    /// <returns>The frame (its buffer belongs to the caller), or <see langword="null"/> when the document has ended.</returns>
    public async ValueTask<StudentFrame?> ReadNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var kind = _framer.Advance();
            if (kind == FrameKind.NeedData)
            {
                _framer.Filled(await _stream.ReadAsync(_framer.GetFillBuffer(), cancellationToken).ConfigureAwait(false));
                continue;
            }

            if (Take(kind, out var frame) is { } more)
            {
                return more ? frame : null;
            }
        }
    }

    // True: a frame; false: the end; null: nothing for the caller yet.
    private bool? Take(FrameKind kind, out StudentFrame frame)
    {
        frame = default;
        switch (kind)
        {
            case FrameKind.HeaderReady:
                foreach (var error in _framer.HeaderErrors)
                {
                    _documentIssues.Add(error.Issue);
                }

                return null;
            case FrameKind.Document:
                _documentIssues.Add(_framer.DocumentError!.Issue);
                return null;
            case FrameKind.End:
                return false;
            default:
                frame = Copy(_framer.Current);
                return true;
        }
    }

    private StudentFrame Copy(in ElementFrame element)
    {
        var at = element.Position;
        if (element.Problem != ElementProblem.None)
        {
            // A student too large carries the limit as its length (SP-B004 states it); the others carry no bytes.
            var error = element.Error!;
            var length = element.Problem == ElementProblem.TooLarge ? _maxStudentBytes : 0;
            return new StudentFrame(element.Index, at.Offset ?? 0, at.Line, null, length, element.Problem, error.Issue.Message, error.Position.Offset ?? 0, error.Position.Line, element.Size, at.Column, error.Issue);
        }

        var copy = Frames.Rent(element.Length);
        _framer.Buffer.AsSpan(element.BufferStart, element.Length).CopyTo(copy);
        return new StudentFrame(element.Index, at.Offset ?? 0, at.Line, copy, element.Length, ElementProblem.None, null, at.Offset ?? 0, at.Line, element.Size, at.Column);
    }
}
