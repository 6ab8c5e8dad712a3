using StudentPortfolio.Calendar;
using StudentPortfolio.Enrollment;
using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Policies;
using StudentPortfolio.Portfolio;
using StudentPortfolio.Rules;

namespace StudentPortfolio.Validation;

/// <summary>
/// Validates a portfolio against its enrollment history: impossible event sequences, records in suspended terms,
/// borrowed-study and transfer records that do not match the history, and — for a submission batch — records
/// submitted by the wrong school and submissions for terms in which none is due. Rules <c>SP-E…</c>
/// (<see cref="EnrollmentRules"/>).
/// </summary>
/// <remarks>
/// Responsibility checks need the history: when the portfolio has no enrollment events they are skipped (nothing
/// to compare with). Give a transferred student's merged portfolio (see <see cref="ExchangeMerger"/>) so that the
/// history covers every school. Thread-safe.
/// </remarks>
public static class EnrollmentValidator
{
    /// <summary>Validates a portfolio's enrollment data: SP-E001, SP-E004, SP-E006, SP-E007, SP-E009.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <param name="pathPrefix">The JSON path of the student, e.g. <c>$.students[3]</c>; <c>$</c> by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="pathPrefix"/> is <see langword="null"/>.</exception>
    public static ValidationReport Validate(LearningPortfolio portfolio, EnrollmentPolicy? policy = null, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        return Run(portfolio, policy, new PortfolioValidationOptions { PathPrefix = pathPrefix });
    }

    /// <summary>
    /// Validates a submission batch: everything <see cref="Validate"/> checks, plus SP-E002 (a record or the basic data
    /// submitted by a school other than the responsible one), SP-E003 (no submission due for the term) and SP-E005
    /// (a transfer record's original term after the submission term). Every record of <paramref name="batch"/> is
    /// treated as submitted in this batch.
    /// </summary>
    /// <param name="batch">The portfolio holding the records the school submits (with the full enrollment history).</param>
    /// <param name="submittingSchool">The school submitting.</param>
    /// <param name="submissionTerm">The term the submission is for (the school's upload term).</param>
    /// <param name="policy">The enrollment policy; <see langword="null"/> means <see cref="EnrollmentPolicy.Default"/>.</param>
    /// <param name="pathPrefix">The JSON path of the student, e.g. <c>$.students[3]</c>; <c>$</c> by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="pathPrefix"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="submittingSchool"/> or <paramref name="submissionTerm"/> is the default value.</exception>
    public static ValidationReport ValidateSubmission(LearningPortfolio batch, SchoolCode submittingSchool, Term submissionTerm, EnrollmentPolicy? policy = null, string pathPrefix = "$")
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        Guard.NotDefault(submittingSchool);
        Guard.NotDefault(submissionTerm);
        return Run(batch, policy, new PortfolioValidationOptions { PathPrefix = pathPrefix, SubmittingSchool = submittingSchool, SubmissionTerm = submissionTerm });
    }

    private static ValidationReport Run(LearningPortfolio portfolio, EnrollmentPolicy? policy, PortfolioValidationOptions options)
    {
        var facts = new StudentFacts();
        PortfolioFacts.Fill(facts, portfolio, options.PathPrefix);
        var issues = new StudentIssueSink { Limit = options.MaxIssuesPerStudent };
        RuleEvaluator.CheckEnrollment(facts, policy ?? EnrollmentPolicy.Default, options, issues);
        return new ValidationReport(issues.Build(portfolio.Key), issues.Dropped);
    }
}
