using NodaTime;
using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Export;

/// <summary>
/// The header of a central-database submission document (上傳資料): the submitting school, the term, the declared
/// content kinds and when the document was generated.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubmissionHeader
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Creates a header.</summary>
    /// <param name="school">The submitting school (學校代碼).</param>
    /// <param name="term">The academic year and semester of the submission (學年度, 學期).</param>
    /// <param name="contentKinds">The content kinds the document carries; at least one.</param>
    /// <param name="generatedAt">When the document was generated.</param>
    /// <exception cref="ArgumentException"><paramref name="school"/> or <paramref name="term"/> is the default value, or <paramref name="contentKinds"/> is empty or has undefined bits.</exception>
    public SubmissionHeader(SchoolCode school, Term term, ContentKinds contentKinds, Instant generatedAt)
    {
        if (contentKinds == ContentKinds.None || (contentKinds & ~ContentKinds.All) != 0)
        {
            throw new ArgumentException("Declare at least one content kind, and only defined ones.", nameof(contentKinds));
        }

        School = Guard.NotDefault(school);
        Term = Guard.NotDefault(term);
        ContentKinds = contentKinds;
        GeneratedAt = generatedAt;
    }

    /// <summary>Gets the schema version, always <see cref="CurrentSchemaVersion"/>.</summary>
#pragma warning disable CA1822 // An instance property so that a header reads like the document it describes.
    public string SchemaVersion => CurrentSchemaVersion;
#pragma warning restore CA1822

    /// <summary>Gets the submitting school.</summary>
    public SchoolCode School { get; }

    /// <summary>Gets the term of the submission.</summary>
    public Term Term { get; }

    /// <summary>Gets the declared content kinds.</summary>
    public ContentKinds ContentKinds { get; }

    /// <summary>Gets when the document was generated.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>Returns whether the header declares <paramref name="kind"/>.</summary>
    /// <param name="kind">One content kind.</param>
    /// <returns><see langword="true"/> when declared.</returns>
    public bool Declares(ContentKinds kind) => kind != ContentKinds.None && (ContentKinds & kind) == kind;
}
