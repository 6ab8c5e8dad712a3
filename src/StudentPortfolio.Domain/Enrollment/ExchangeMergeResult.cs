using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Enrollment;

/// <summary>The result of merging exchange packages into a receiving school's portfolio.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExchangeMergeResult
{
    private readonly ValueList<ExchangeConflict> _conflicts;

    internal ExchangeMergeResult(LearningPortfolio portfolio, IEnumerable<ExchangeConflict> conflicts, int added, int duplicates)
    {
        Portfolio = portfolio;
        _conflicts = ValueList<ExchangeConflict>.From(conflicts, nameof(conflicts));
        Added = added;
        Duplicates = duplicates;
    }

    /// <summary>Gets the merged portfolio.</summary>
    public LearningPortfolio Portfolio { get; }

    /// <summary>Gets the conflicts (same id, different content), in merge order; the existing records were kept.</summary>
    public IReadOnlyList<ExchangeConflict> Conflicts => _conflicts;

    /// <summary>Gets the number of records added.</summary>
    public int Added { get; }

    /// <summary>Gets the number of records skipped because an equal record was already present.</summary>
    public int Duplicates { get; }

    /// <summary>Returns the conflicts as <c>SP-E008</c> issues located in the merged portfolio.</summary>
    /// <param name="pathPrefix">The JSON path of the student, e.g. <c>$.students[3]</c>; <c>$</c> by default.</param>
    /// <returns>The report.</returns>
    public ValidationReport ToReport(string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var key = Portfolio.Key;
        return new ValidationReport(_conflicts.Select(c => new ValidationIssue(
            EnrollmentRules.ExchangeConflict,
            key,
            c.RecordId,
            SubmissionContentKindText.PathOf(pathPrefix, c.Kind, c.ExistingIndex),
            [SubmissionContentKindText.Name(c.Kind), c.RecordId.ToString(), c.SourceSchool.ToString()])));
    }
}
