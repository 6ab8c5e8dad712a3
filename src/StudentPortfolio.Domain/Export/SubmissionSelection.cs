using StudentPortfolio.Rules;

namespace StudentPortfolio.Export;

/// <summary>What <see cref="SubmissionContent.Select"/> decided for one student: the submission and the records left out.</summary>
/// <param name="Submission">The student's submission, holding only what may be sent.</param>
/// <param name="LeftOut">The records of the term left out (<c>SP-S005</c>, <c>SP-F013</c>), each with its reason.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubmissionSelection(StudentSubmission Submission, ValidationReport LeftOut);
