using StudentPortfolio.Identity;

namespace StudentPortfolio.Enrollment;

/// <summary>A record of an exchange package that has the same id as a record of the receiving portfolio but different content; the existing record is kept.</summary>
/// <param name="Kind">The content kind.</param>
/// <param name="RecordId">The record id.</param>
/// <param name="SourceSchool">The school that exported the package.</param>
/// <param name="ExistingIndex">The index of the kept record in the merged portfolio's list of that kind.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExchangeConflict(SubmissionContentKind Kind, RecordId RecordId, SchoolCode SourceSchool, int ExistingIndex);
