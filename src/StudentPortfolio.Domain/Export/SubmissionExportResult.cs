using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>The result of <see cref="SubmissionExporter.ExportSubmission"/>: the header written and the records left out.</summary>
/// <param name="Header">The header written.</param>
/// <param name="LeftOut">The records left out of the submission with their reasons (<c>SP-S005</c>, <c>SP-F013</c>); empty for a raw export.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubmissionExportResult(SubmissionHeader Header, ValidationReport LeftOut);
