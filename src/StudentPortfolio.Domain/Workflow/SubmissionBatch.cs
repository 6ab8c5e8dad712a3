using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Export;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A submission batch (提交批次): what one unit submits of one content kind for one school and term, as
/// (student, record, content hash) entries. Reconcile it against the receipt (收訖明細) with
/// <see cref="ReceiptReconciler"/>.
/// </summary>
/// <remarks>Entries are kept sorted by student and record; a (student, record) pair appears once. Immutable and thread-safe.</remarks>
public sealed record SubmissionBatch
{
    private readonly ValueList<BatchEntry> _entries;

    /// <summary>Creates a batch.</summary>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term.</param>
    /// <param name="kind">The content kind.</param>
    /// <param name="unit">The submitting unit.</param>
    /// <param name="entries">The entries in any order.</param>
    /// <exception cref="ArgumentException">The school or term is the default value, an entry is <see langword="null"/> or has a default record or hash, or a (student, record) pair repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="unit"/> is undefined.</exception>
    public SubmissionBatch(SchoolCode school, Term term, SubmissionContentKind kind, SubmittingUnit unit, IEnumerable<BatchEntry>? entries)
    {
        var list = ValueList<BatchEntry>.From(entries, nameof(entries)).ToArray();
        Array.Sort(list, static (a, b) =>
        {
            var c = a.Student.CompareTo(b.Student);
            return c != 0 ? c : a.Record.CompareTo(b.Record);
        });
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Record.IsDefault || list[i].ContentHash.IsDefault)
            {
                throw new ArgumentException($"Entry {i} has a default record identifier or content hash.", nameof(entries));
            }

            if (i > 0 && list[i].Student == list[i - 1].Student && list[i].Record == list[i - 1].Record)
            {
                throw new ArgumentException($"Record {list[i].Record} of {list[i].Student} appears twice.", nameof(entries));
            }
        }

        School = Guard.NotDefault(school);
        Term = Guard.NotDefault(term);
        Kind = Guard.Defined(kind);
        Unit = Guard.Defined(unit);
        _entries = ValueList<BatchEntry>.From(list, nameof(entries));
    }

    /// <summary>Gets the school.</summary>
    public SchoolCode School { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the content kind.</summary>
    public SubmissionContentKind Kind { get; }

    /// <summary>Gets the submitting unit.</summary>
    public SubmittingUnit Unit { get; }

    /// <summary>Gets the entries, sorted by student and record.</summary>
    public IReadOnlyList<BatchEntry> Entries => _entries;

    /// <summary>
    /// Builds the batch of <paramref name="kind"/> for <paramref name="term"/> from portfolios: course outcomes and
    /// multi-performance items exactly as <see cref="SubmissionContent.Select"/> decides (the same records the
    /// exporter writes; those left out of the term are reported as <c>SP-S005</c> or <c>SP-F013</c>); cadre and course
    /// records of the term; one basic-data entry (record <c>basic</c>) per student. Counselling records are never included.
    /// </summary>
    /// <param name="school">The submitting school.</param>
    /// <param name="term">The term.</param>
    /// <param name="kind">The content kind.</param>
    /// <param name="portfolios">The portfolios.</param>
    /// <param name="unit">The submitting unit; <see langword="null"/> means <see cref="SubmissionUnits.DefaultFor"/>.</param>
    /// <param name="policy">The policy whose yearly selection caps apply; <see langword="null"/> applies no cap.</param>
    /// <returns>The batch and the report of excluded records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolios"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A portfolio is <see langword="null"/> or two portfolios hold the same student and record.</exception>
    public static BatchBuildResult Build(SchoolCode school, Term term, SubmissionContentKind kind, IEnumerable<LearningPortfolio> portfolios, SubmittingUnit? unit = null, PortfolioPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(portfolios);
        Guard.Defined(kind);
        var entries = new List<BatchEntry>();
        var excluded = new List<ValidationIssue>();
        var index = 0;
        foreach (var portfolio in portfolios)
        {
            if (portfolio is null)
            {
                throw new ArgumentException($"Portfolio {index} is null.", nameof(portfolios));
            }

            foreach (var (record, hash) in Records(kind, portfolio, school, term, policy, $"$.students[{index}]", excluded))
            {
                entries.Add(new BatchEntry(portfolio.Key, record, hash));
            }

            index++;
        }

        var batch = new SubmissionBatch(school, term, kind, unit ?? SubmissionUnits.DefaultFor(kind), entries);
        return new BatchBuildResult(batch, new ValidationReport(excluded));
    }

    /// <summary>The records of <paramref name="kind"/> one portfolio submits for the term; those the selection leaves out go to <paramref name="excluded"/>.</summary>
    private static IEnumerable<(RecordId Record, ContentHash Hash)> Records(SubmissionContentKind kind, LearningPortfolio portfolio, SchoolCode school, Term term, PortfolioPolicy? policy, string path, List<ValidationIssue> excluded)
    {
        if (kind is SubmissionContentKind.CourseOutcomes or SubmissionContentKind.MultiPerformance)
        {
            var selection = SubmissionContent.Select(portfolio, school, term, policy, path);
            var outcomes = kind == SubmissionContentKind.CourseOutcomes;
            var list = outcomes ? ".outcomes[" : ".performances[";
            excluded.AddRange(selection.LeftOut.Issues.Where(i => i.Path!.Contains(list, StringComparison.Ordinal)));
            return outcomes
                ? selection.Submission.Outcomes.Select(static o => (o.Id, o.ContentHash))
                : selection.Submission.Performances.Select(static p => (p.Id, RecordHasher.Hash(p)));
        }

        return kind switch
        {
            SubmissionContentKind.Cadres => portfolio.Cadres.Where(c => c.Term == term).Select(static c => (c.Id, RecordHasher.Hash(c))),
            SubmissionContentKind.CourseRecords => portfolio.Courses.Where(c => c.Term == term).Select(static c => (c.Id, RecordHasher.Hash(c))),
            _ => [(BasicDataRecord, RecordHasher.Hash(portfolio.Student))],
        };
    }

    /// <summary>
    /// Builds the batch of <paramref name="kind"/> from an exported central-database document (see
    /// <see cref="SubmissionDocument"/>), for its school and term, with the same selection as
    /// <see cref="Build(SchoolCode, Term, SubmissionContentKind, IEnumerable{LearningPortfolio}, SubmittingUnit?, PortfolioPolicy?)"/>.
    /// </summary>
    /// <param name="document">The exported document.</param>
    /// <param name="kind">The content kind; the document must declare it (cadres travel with basic data).</param>
    /// <param name="unit">The submitting unit; <see langword="null"/> means <see cref="SubmissionUnits.DefaultFor"/>.</param>
    /// <param name="policy">The policy whose yearly selection caps apply; <see langword="null"/> applies no cap.</param>
    /// <returns>The batch and the report of excluded records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The document does not declare <paramref name="kind"/>.</exception>
    public static BatchBuildResult FromDocument(SubmissionDocument document, SubmissionContentKind kind, SubmittingUnit? unit = null, PortfolioPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var declared = kind switch
        {
            SubmissionContentKind.BasicData or SubmissionContentKind.Cadres => ContentKinds.BasicData,
            SubmissionContentKind.CourseRecords => ContentKinds.CourseRecords,
            SubmissionContentKind.CourseOutcomes => ContentKinds.CourseOutcomes,
            SubmissionContentKind.MultiPerformance => ContentKinds.MultiPerformance,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Undefined content kind."),
        };
        if (!document.Header.Declares(declared))
        {
            throw new ArgumentException($"The document does not declare {declared}, so it carries no {kind}.", nameof(kind));
        }

        return Build(document.Header.School, document.Header.Term, kind, document.Students.Select(s => s.ToPortfolio()), unit, policy);
    }

    /// <summary>Gets the record identifier used for a student's basic-data entry.</summary>
    public static RecordId BasicDataRecord { get; } = RecordId.Parse("basic");

    /// <summary>Reads a batch from its JSON form (see <c>docs/workflow.md</c>): school, term, kind, unit and per student the records with their content hashes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ReceiptFormatException">The JSON is malformed, lacks a field or holds an invalid value (<c>SP-X501</c>–<c>SP-X503</c>), or is longer than <see cref="MaxBytes"/> bytes.</exception>
    public static SubmissionBatch Read(ReadOnlySpan<byte> utf8Json) => BatchJson.Read(utf8Json);

    /// <summary>
    /// The largest batch document read, in bytes (32 MiB; a batch of 5,000 students with ten records each is about
    /// 7 MB). A larger file or byte span is a <see cref="ReceiptFormatException"/> (<c>SP-X503</c>) naming this limit; a
    /// file (a device or pipe too) is read no further than the limit.
    /// </summary>
    public const int MaxBytes = 32 << 20;

    /// <summary>Reads a batch file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ReceiptFormatException">The JSON is malformed, lacks a field or holds an invalid value, or the file holds more than <see cref="MaxBytes"/> bytes (<c>SP-X503</c> naming the limit).</exception>
    public static SubmissionBatch ReadFile(string path) =>
        BatchJson.Read(BoundedRead.File(Guard.NotNull(path), MaxBytes, BatchJson.TooLarge));

    /// <summary>Writes the batch as indented UTF-8 JSON. The file holds unmasked national IDs: it is personal data for the school's own records.</summary>
    /// <param name="utf8Json">The destination stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream utf8Json) =>
        BatchJson.Write(this, Guard.NotNull(utf8Json));

    /// <summary>Returns school, term, kind, unit and entry count.</summary>
    /// <returns>For example <c>041305 114-1 CourseOutcomes by Admissions: 3 entries</c>.</returns>
    public override string ToString() => $"{School} {Term} {Kind} by {Unit}: {_entries.Count} entries";
}
