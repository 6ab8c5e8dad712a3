using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

namespace StudentPortfolio.Portfolio.Performance;

/// <summary>
/// A multi-performance item (多元表現): anything outside courses, in one of the ten central-database categories,
/// uploaded by the student (no teacher certification) and optionally selected (勾選) for the central database.
/// </summary>
/// <remarks>
/// The <see cref="Term"/> is the term in which the performance happened; yearly caps count in its academic year.
/// Policy limits (description length, files, required category fields) are validator rules. Immutable and
/// thread-safe.
/// </remarks>
public sealed record MultiPerformanceItem
{
    private readonly ValueList<MediaFile> _files;

    /// <summary>Creates a multi-performance item.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term in which the performance happened.</param>
    /// <param name="details">The category-specific fields; they decide the <see cref="Category"/>.</param>
    /// <param name="description">The short description (內容簡述); at most 100 characters by policy.</param>
    /// <param name="files">The evidence files; may be empty.</param>
    /// <param name="link">An optional external link (absolute http or https URI).</param>
    /// <param name="isSelected">Whether the student selected it for the central database.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="term"/> is the default value, a file is <see langword="null"/>, or <paramref name="link"/> is not an absolute http(s) URI.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="details"/> or <paramref name="description"/> is <see langword="null"/>.</exception>
    public MultiPerformanceItem(
        RecordId id,
        Term term,
        PerformanceDetails details,
        string description,
        IEnumerable<MediaFile>? files = null,
        Uri? link = null,
        bool isSelected = false)
    {
        if (link is not null && !IsWebLink(link))
        {
            throw new ArgumentException("The link must be an absolute http or https URI.", nameof(link));
        }

        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        Details = Guard.NotNull(details);
        Description = Guard.NotNull(description);
        _files = ValueList<MediaFile>.From(files, nameof(files));
        Link = link;
        IsSelected = isSelected;
    }

    /// <summary>
    /// Builds a multi-performance item from the values a school database stores, reporting every invalid field as an
    /// <c>SP-D003</c> issue instead of throwing. Policy limits (description length, files, required category fields)
    /// stay validator rules.
    /// </summary>
    /// <param name="id">The stored record identifier.</param>
    /// <param name="term">The stored term text, e.g. <c>114-1</c>.</param>
    /// <param name="details">The category-specific fields (they decide the category).</param>
    /// <param name="description">The short description.</param>
    /// <param name="files">The evidence files, or <see langword="null"/> for none.</param>
    /// <param name="link">The stored external link (an absolute http or https URI), or <see langword="null"/> for none.</param>
    /// <param name="isSelected">Whether it is selected for the central database.</param>
    /// <param name="item">The item when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? id,
        string? term,
        PerformanceDetails? details,
        string? description,
        IEnumerable<MediaFile>? files,
        string? link,
        bool isSelected,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MultiPerformanceItem? item,
        out IReadOnlyList<Rules.ValidationIssue> issues)
    {
        var f = new StoredFields("performance");
        var recordId = f.Parse<RecordId>(nameof(id), id);
        var when = f.Parse<Term>(nameof(term), term);
        if (details is null)
        {
            f.Add(nameof(details), null);
        }

        var descriptionText = f.Text(nameof(description), description);
        Uri? uri = null;
        if (link is not null && !TryParseLink(link, out uri))
        {
            f.Add(nameof(link), link);
        }

        return f.Finish(() => new MultiPerformanceItem(recordId, when, details!, descriptionText, files, uri, isSelected), out item, out issues);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term in which the performance happened.</summary>
    public Term Term { get; }

    /// <summary>Gets the category.</summary>
    public PerformanceCategory Category => Details.Category;

    /// <summary>Gets the category-specific fields.</summary>
    public PerformanceDetails Details { get; }

    /// <summary>Gets the short description (內容簡述).</summary>
    public string Description { get; }

    /// <summary>Gets the evidence files.</summary>
    public IReadOnlyList<MediaFile> Files => _files;

    /// <summary>Gets the optional external link.</summary>
    public Uri? Link { get; }

    /// <summary>Gets a value indicating whether the student selected it for the central database.</summary>
    public bool IsSelected { get; }

    /// <summary>Returns a copy with the selection flag set or cleared.</summary>
    /// <param name="isSelected">Whether selected.</param>
    /// <returns>The new item.</returns>
    public MultiPerformanceItem WithSelection(bool isSelected) => new(Id, Term, Details, Description, _files, Link, isSelected);

    /// <summary>The link's grammar, for the entity and the submission reader: an absolute http or https URI.</summary>
    internal static bool TryParseLink(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? link) =>
        Uri.TryCreate(text, UriKind.Absolute, out link) && IsWebLink(link);

    private static bool IsWebLink(Uri link) => link.IsAbsoluteUri && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps);
}
