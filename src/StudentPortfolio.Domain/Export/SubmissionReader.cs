using System.Runtime.CompilerServices;

namespace StudentPortfolio.Export;

/// <summary>
/// Reads central-database submission documents from a UTF-8 stream: the whole document at once, or one student at
/// a time with bounded memory (the buffer never exceeds <see cref="SubmissionReaderOptions.MaxBytesPerStudent"/>).
/// </summary>
/// <remarks>
/// <para>
/// The header properties (<c>schemaVersion</c>, <c>school</c>, <c>academicYear</c>, <c>semester</c>,
/// <c>contentKinds</c>, <c>generatedAt</c>) must come before <c>students</c> (SP-X013 otherwise), as the
/// <see cref="SubmissionWriter"/> writes them.
/// </para>
/// <para>
/// Bad input never throws anything but <see cref="SubmissionFormatException"/> (strict mode); in lenient mode
/// every error is reported as a <see cref="SubmissionError"/>, a student with errors is left out and the next
/// student is still read. Cancellation throws <see cref="OperationCanceledException"/>; failures of the stream
/// itself (e.g. <see cref="IOException"/>) propagate unchanged. The reader does not own or dispose the stream.
/// An instance reads one stream once and is not thread-safe.
/// </para>
/// </remarks>
public sealed class SubmissionReader
{
    private readonly Stream _stream;
    private readonly DocumentFramer _framer;
    private readonly StudentParser _parser;
    private readonly HashSet<Identity.StudentKey> _keys = [];
    private bool _enumerated;

    private SubmissionReader(Stream stream, SubmissionReaderOptions options)
    {
        _stream = stream;
        Options = options;
        _framer = new DocumentFramer(options.MaxBytesPerStudent, options.MaxStringLength, maxObjects: options.MaxObjectsPerStudent);
        _parser = new StudentParser(options, _framer);
    }

    /// <summary>Gets the options.</summary>
    public SubmissionReaderOptions Options { get; }

    /// <summary>Gets the header, or <see langword="null"/> when it could not be read (see <see cref="HeaderErrors"/>).</summary>
    public SubmissionHeader? Header => _framer.Header;

    /// <summary>Gets the errors found before the <c>students</c> array (lenient mode).</summary>
    public IReadOnlyList<SubmissionError> HeaderErrors => _framer.HeaderErrors;

    /// <summary>Opens a document and reads its header.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="SubmissionReaderOptions.Default"/> (strict).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader, positioned at the first student.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the header has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static SubmissionReader Open(Stream utf8Json, SubmissionReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new SubmissionReader(utf8Json, options ?? SubmissionReaderOptions.Default);
        while (reader.Pump(cancellationToken) is not (FrameKind.HeaderReady or FrameKind.End))
        {
        }

        return reader;
    }

    /// <summary>Opens a document and reads its header asynchronously.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="SubmissionReaderOptions.Default"/> (strict).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader, positioned at the first student.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the header has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SubmissionReader> OpenAsync(Stream utf8Json, SubmissionReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var reader = new SubmissionReader(utf8Json, options ?? SubmissionReaderOptions.Default);
        while (await reader.PumpAsync(cancellationToken).ConfigureAwait(false) is not (FrameKind.HeaderReady or FrameKind.End))
        {
        }

        return reader;
    }

    /// <summary>Reads a whole document.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream.</param>
    /// <param name="options">The options; <see langword="null"/> means strict.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document (in lenient mode: the students read without errors) and every error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static SubmissionReadResult ReadDocument(Stream utf8Json, SubmissionReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var reader = Open(utf8Json, options, cancellationToken);
        var errors = new List<SubmissionError>(reader.HeaderErrors);
        var students = new List<StudentSubmission>();
        foreach (var result in reader.ReadStudents(cancellationToken))
        {
            Collect(result, errors, students);
        }

        return new SubmissionReadResult(reader.Header is { } h ? new SubmissionDocument(h, students) : null, errors);
    }

    /// <summary>Reads a whole document asynchronously.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream.</param>
    /// <param name="options">The options; <see langword="null"/> means strict.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document (in lenient mode: the students read without errors) and every error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SubmissionReadResult> ReadDocumentAsync(Stream utf8Json, SubmissionReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var reader = await OpenAsync(utf8Json, options, cancellationToken).ConfigureAwait(false);
        var errors = new List<SubmissionError>(reader.HeaderErrors);
        var students = new List<StudentSubmission>();
        await foreach (var result in reader.ReadStudentsAsync(cancellationToken).ConfigureAwait(false))
        {
            Collect(result, errors, students);
        }

        return new SubmissionReadResult(reader.Header is { } h ? new SubmissionDocument(h, students) : null, errors);
    }

    /// <summary>Reads the students one at a time; only the current student is held in memory.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One result per element of <c>students</c>, plus document-level results for errors after the array. Enumerate once.</returns>
    /// <exception cref="InvalidOperationException">The students were already enumerated.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: a student or the rest of the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public IEnumerable<StudentReadResult> ReadStudents(CancellationToken cancellationToken = default)
    {
        StartEnumeration();
        return Iterate(cancellationToken);
    }

    /// <summary>Reads the students one at a time asynchronously; only the current student is held in memory.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>One result per element of <c>students</c>, plus document-level results for errors after the array. Enumerate once.</returns>
    /// <exception cref="InvalidOperationException">The students were already enumerated.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: a student or the rest of the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public IAsyncEnumerable<StudentReadResult> ReadStudentsAsync(CancellationToken cancellationToken = default)
    {
        StartEnumeration();
        return IterateAsync(cancellationToken);
    }

    private static void Collect(StudentReadResult result, List<SubmissionError> errors, List<StudentSubmission> students)
    {
        errors.AddRange(result.Errors);
        if (result.Student is { } s)
        {
            students.Add(s);
        }
    }

    private void StartEnumeration()
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The students of a SubmissionReader can be enumerated only once.");
        }

        _enumerated = true;
    }

    private IEnumerable<StudentReadResult> Iterate(CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = Pump(cancellationToken);
            if (status == FrameKind.End)
            {
                yield break;
            }

            if (status is FrameKind.Student or FrameKind.Document)
            {
                yield return Deliver(Take(status));
            }
        }
    }

    private async IAsyncEnumerable<StudentReadResult> IterateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = await PumpAsync(cancellationToken).ConfigureAwait(false);
            if (status == FrameKind.End)
            {
                yield break;
            }

            if (status is FrameKind.Student or FrameKind.Document)
            {
                yield return Deliver(Take(status));
            }
        }
    }

    private StudentReadResult Deliver(StudentReadResult item) =>
        Options.Mode == SubmissionReadMode.Strict && item.Errors.Count > 0 ? throw new SubmissionFormatException(item.Errors) : item;

    // The element's bytes are in the framer's buffer until the next call to the framer: parse them in place.
    private StudentReadResult Take(FrameKind kind)
    {
        var index = (int)Math.Min(_framer.ElementsFramed, int.MaxValue);
        if (kind == FrameKind.Document)
        {
            return new StudentReadResult(index, null, [_framer.DocumentError!], isDocumentLevel: true);
        }

        var frame = _framer.Current;
        index = (int)Math.Min(frame.Index, int.MaxValue);
        return frame.Problem == ElementProblem.None
            ? _parser.Parse(_framer.Buffer, frame.BufferStart, frame.Length, index, _framer.Header!, _keys)
            : new StudentReadResult(index, null, [frame.Error!]);
    }

    private FrameKind Pump(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var status = Next();
            if (status != FrameKind.NeedData)
            {
                return status;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var buffer = _framer.GetFillBuffer();
            _framer.Filled(_stream.Read(buffer.Span));
        }
    }

    private async ValueTask<FrameKind> PumpAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (true)
        {
            var status = Next();
            if (status != FrameKind.NeedData)
            {
                return status;
            }

            var buffer = _framer.GetFillBuffer();
            _framer.Filled(await _stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        }
    }

    private FrameKind Next()
    {
        var status = _framer.Advance();
        if (status == FrameKind.HeaderReady && Options.Mode == SubmissionReadMode.Strict && _framer.HeaderErrors.Count > 0)
        {
            throw new SubmissionFormatException([_framer.HeaderErrors[0]]);
        }

        return status;
    }
}
