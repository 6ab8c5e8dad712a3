using StudentPortfolio.Calendar;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;

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
        Guard.NotDefault(id);
        Guard.NotDefault(term);
        Guard.Defined(level);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(title);
        Id = id;
        Term = term;
        Level = level;
        Unit = unit;
        Title = title;
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
