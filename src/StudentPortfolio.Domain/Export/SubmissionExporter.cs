using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// Exports portfolios as a central-database submission document (上傳資料匯出), stamping <c>generatedAt</c> from an
/// injected <see cref="IClock"/>: an injectable front for the static <see cref="SubmissionWriter"/>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Counselling records are never exported (see
/// <see cref="SubmissionDocument.FromPortfolios"/>). Registered as a singleton by
/// <see cref="DependencyInjection.StudentPortfolioServiceCollectionExtensions.AddStudentPortfolio"/>.
/// </remarks>
public sealed class SubmissionExporter
{
    private readonly IClock _clock;

    /// <summary>Creates an exporter.</summary>
    /// <param name="clock">The clock that gives <see cref="SubmissionHeader.GeneratedAt"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public SubmissionExporter(IClock clock)
    {
        _clock = Guard.NotNull(clock);
    }

    /// <summary>Creates a header generated now (by the injected clock).</summary>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentException"><paramref name="school"/> or <paramref name="term"/> is the default value, or <paramref name="contentKinds"/> is empty or has undefined bits.</exception>
    public SubmissionHeader CreateHeader(SchoolCode school, Term term, ContentKinds contentKinds) =>
        new(school, term, contentKinds, _clock.GetCurrentInstant());

    /// <summary>
    /// Writes the portfolios as one document, one student at a time, with every record as given (a raw document: it
    /// is not filtered to what may be submitted; <see cref="ExportSubmission"/> writes a submission).
    /// </summary>
    /// <param name="utf8Json">The destination stream; not disposed.</param>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <param name="portfolios">The portfolios, enumerated once.</param>
    /// <returns>The header that was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header argument is invalid (see <see cref="CreateHeader"/>) or a portfolio is <see langword="null"/>.</exception>
    public SubmissionHeader Export(Stream utf8Json, SchoolCode school, Term term, ContentKinds contentKinds, IEnumerable<LearningPortfolio> portfolios)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(portfolios);
        var header = CreateHeader(school, term, contentKinds);
        SubmissionWriter.Write(utf8Json, header, Students(portfolios));
        return header;
    }

    /// <summary>Writes the portfolios as one submission document asynchronously, one student at a time.</summary>
    /// <param name="utf8Json">The destination stream; not disposed.</param>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <param name="portfolios">The portfolios, enumerated once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The header that was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header argument is invalid (see <see cref="CreateHeader"/>) or a portfolio is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
#pragma warning disable RS0027 // The IAsyncEnumerable overload has as many parameters; its token is required, so no call is ambiguous.
    public async Task<SubmissionHeader> ExportAsync(Stream utf8Json, SchoolCode school, Term term, ContentKinds contentKinds, IEnumerable<LearningPortfolio> portfolios, CancellationToken cancellationToken = default)
#pragma warning restore RS0027
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(portfolios);
        var header = CreateHeader(school, term, contentKinds);
        await SubmissionWriter.WriteAsync(utf8Json, header, Students(portfolios), cancellationToken).ConfigureAwait(false);
        return header;
    }

    /// <summary>
    /// Writes the portfolios of an asynchronous sequence (for example rows streamed from a database) as one submission
    /// document, one student at a time, without holding them all in memory.
    /// </summary>
    /// <param name="utf8Json">The destination stream; not disposed.</param>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <param name="portfolios">The portfolios, enumerated once, with <paramref name="cancellationToken"/>.</param>
    /// <param name="cancellationToken">Cancels the write and the enumeration.</param>
    /// <returns>The header that was written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header argument is invalid (see <see cref="CreateHeader"/>) or a portfolio is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public async Task<SubmissionHeader> ExportAsync(Stream utf8Json, SchoolCode school, Term term, ContentKinds contentKinds, IAsyncEnumerable<LearningPortfolio> portfolios, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(portfolios);
        var header = CreateHeader(school, term, contentKinds);
        await SubmissionWriter.WriteAsync(utf8Json, header, StudentsAsync(portfolios, cancellationToken), cancellationToken).ConfigureAwait(false);
        return header;
    }

    /// <summary>
    /// Writes the submission of <paramref name="school"/> for <paramref name="term"/>: per student only what
    /// <see cref="SubmissionContent.Select"/> lets through (selected, certified and unchanged, in the school's
    /// responsibility, inside the yearly caps of <paramref name="policy"/>), and reports what was left out. With
    /// <paramref name="exportRawDocument"/> every record of the portfolios is written as it is and nothing is reported.
    /// </summary>
    /// <param name="utf8Json">The destination stream; not disposed.</param>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term of the submission.</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <param name="portfolios">The portfolios, enumerated once.</param>
    /// <param name="policy">The policy whose yearly selection caps apply; <see langword="null"/> applies no cap.</param>
    /// <param name="exportRawDocument">Writes the portfolios unfiltered, on purpose (e.g. a backup or a transfer between the school's own systems): such a file is not a submission.</param>
    /// <returns>The header written and the records left out (<c>SP-S005</c>, <c>SP-F013</c>; paths <c>$.students[i]…</c> in portfolio order).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A header argument is invalid (see <see cref="CreateHeader"/>) or a portfolio is <see langword="null"/>.</exception>
    public SubmissionExportResult ExportSubmission(Stream utf8Json, SchoolCode school, Term term, ContentKinds contentKinds, IEnumerable<LearningPortfolio> portfolios, PortfolioPolicy? policy = null, bool exportRawDocument = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(portfolios);
        var header = CreateHeader(school, term, contentKinds);
        if (exportRawDocument)
        {
            SubmissionWriter.Write(utf8Json, header, Students(portfolios));
            return new SubmissionExportResult(header, new ValidationReport([]));
        }

        var left = new List<ValidationIssue>();
        SubmissionWriter.Write(utf8Json, header, Submittable(portfolios, school, term, policy, left));
        return new SubmissionExportResult(header, new ValidationReport(left));
    }

    /// <inheritdoc/>
    public override string ToString() => "SubmissionExporter";

    private static IEnumerable<StudentSubmission> Submittable(IEnumerable<LearningPortfolio> portfolios, SchoolCode school, Term term, PortfolioPolicy? policy, List<ValidationIssue> left)
    {
        var index = 0;
        foreach (var portfolio in portfolios)
        {
            if (portfolio is null)
            {
                throw new ArgumentException($"The portfolio at index {index} is null.", nameof(portfolios));
            }

            var selection = SubmissionContent.Select(portfolio, school, term, policy, $"$.students[{index}]");
            left.AddRange(selection.LeftOut.Issues);
            yield return selection.Submission;
            index++;
        }
    }

    private static IEnumerable<StudentSubmission> Students(IEnumerable<LearningPortfolio> portfolios)
    {
        var index = 0;
        foreach (var portfolio in portfolios)
        {
            if (portfolio is null)
            {
                throw new ArgumentException($"The portfolio at index {index} is null.", nameof(portfolios));
            }

            yield return StudentSubmission.From(portfolio);
            index++;
        }
    }

    private static async IAsyncEnumerable<StudentSubmission> StudentsAsync(IAsyncEnumerable<LearningPortfolio> portfolios, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var portfolio in portfolios.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (portfolio is null)
            {
                throw new ArgumentException($"The portfolio at index {index} is null.", nameof(portfolios));
            }

            yield return StudentSubmission.From(portfolio);
            index++;
        }
    }
}
