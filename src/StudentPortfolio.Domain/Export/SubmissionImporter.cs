namespace StudentPortfolio.Export;

/// <summary>
/// Imports central-database submission documents (上傳資料匯入) with fixed <see cref="SubmissionReaderOptions"/>: an
/// injectable front for the static <see cref="SubmissionReader"/> entry points.
/// </summary>
/// <remarks>
/// Stateless and thread-safe: one instance can serve any number of concurrent reads (each call opens its own
/// <see cref="SubmissionReader"/>). Registered as a singleton by
/// <see cref="DependencyInjection.StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>.
/// The error contract is the reader's: bad input gives only <see cref="SubmissionFormatException"/> (strict mode) or
/// <see cref="SubmissionError"/>s (lenient mode).
/// </remarks>
public sealed class SubmissionImporter
{
    /// <summary>Creates an importer.</summary>
    /// <param name="options">The reader options; <see langword="null"/> means <see cref="SubmissionReaderOptions.Default"/> (strict).</param>
    public SubmissionImporter(SubmissionReaderOptions? options = null) => Options = options ?? SubmissionReaderOptions.Default;

    /// <summary>Gets the reader options every call uses.</summary>
    public SubmissionReaderOptions Options { get; }

    /// <summary>Reads a whole document (see <see cref="SubmissionReader.ReadDocument"/>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document; not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, or the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public SubmissionReadResult ReadDocument(Stream utf8Json, CancellationToken cancellationToken = default) =>
        SubmissionReader.ReadDocument(utf8Json, Options, cancellationToken);

    /// <summary>Reads a whole document asynchronously (see <see cref="SubmissionReader.ReadDocumentAsync"/>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document; not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, or the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the document has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public Task<SubmissionReadResult> ReadDocumentAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        SubmissionReader.ReadDocumentAsync(utf8Json, Options, cancellationToken);

    /// <summary>Opens a document for streaming, one student at a time (see <see cref="SubmissionReader.Open"/>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document; not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader, positioned at the first student.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the header has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public SubmissionReader Open(Stream utf8Json, CancellationToken cancellationToken = default) =>
        SubmissionReader.Open(utf8Json, Options, cancellationToken);

    /// <summary>Opens a document for streaming asynchronously (see <see cref="SubmissionReader.OpenAsync"/>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream, positioned at the start of the document; not disposed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader, positioned at the first student.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="SubmissionFormatException">Strict mode: the header has an error.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public Task<SubmissionReader> OpenAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        SubmissionReader.OpenAsync(utf8Json, Options, cancellationToken);

    /// <inheritdoc/>
    public override string ToString() => $"SubmissionImporter({Options.Mode})";
}
