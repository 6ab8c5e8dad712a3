using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Portfolio;

/// <summary>
/// A cadre role recorded by the school (校內幹部經歷), entered each semester by student affairs (訓育組).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CadreRecord
{
    /// <summary>Creates a cadre record.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="term">The term in which the role was held.</param>
    /// <param name="level">The level: school, class, club or other.</param>
    /// <param name="unit">The unit (單位名稱), e.g. the class or club name.</param>
    /// <param name="title">The role title (擔任職務).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="term"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public CadreRecord(RecordId id, Term term, CadreLevel level, string unit, string title)
    {
        Id = Guard.NotDefault(id);
        Term = Guard.NotDefault(term);
        Level = Guard.Defined(level);
        Unit = Guard.NotNull(unit);
        Title = Guard.NotNull(title);
    }

    /// <summary>
    /// Builds a cadre record from the values a school database stores, reporting every invalid field as an
    /// <c>SP-D003</c> issue instead of throwing.
    /// </summary>
    /// <param name="id">The stored record identifier.</param>
    /// <param name="term">The stored term text, e.g. <c>114-1</c>.</param>
    /// <param name="level">The level.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="title">The title.</param>
    /// <param name="record">The record when every field is valid.</param>
    /// <param name="issues">One issue per invalid field (path <c>$.field</c>); empty on success.</param>
    /// <returns><see langword="true"/> when every field is valid and the entity was built.</returns>
    public static bool TryCreate(
        string? id,
        string? term,
        CadreLevel level,
        string? unit,
        string? title,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CadreRecord? record,
        out IReadOnlyList<ValidationIssue> issues)
    {
        var f = new StoredFields("cadre");
        var recordId = f.Parse<RecordId>(nameof(id), id);
        var when = f.Parse<Term>(nameof(term), term);
        f.Defined(nameof(level), level);
        var unitText = f.Text(nameof(unit), unit);
        var titleText = f.Text(nameof(title), title);
        return f.Finish(() => new CadreRecord(recordId, when, level, unitText, titleText), out record, out issues);
    }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id { get; }

    /// <summary>Gets the term.</summary>
    public Term Term { get; }

    /// <summary>Gets the level.</summary>
    public CadreLevel Level { get; }

    /// <summary>Gets the unit name.</summary>
    public string Unit { get; }

    /// <summary>Gets the role title.</summary>
    public string Title { get; }
}
