namespace StudentPortfolio.Bulk;

/// <summary>
/// A rule evaluated on the facts the bulk evaluator collected about one student, after its single token pass.
/// The extension point for the policy rules (caps, description lengths, file limits, date order).
/// </summary>
/// <remarks>Implementations must be thread-safe (one instance is shared by all workers) and must not allocate on
/// the passing path.</remarks>
internal interface IStudentFactsRule
{
    /// <summary>Checks one student and reports violations.</summary>
    /// <param name="facts">The student's facts (valid only during the call).</param>
    /// <param name="issues">Where to report.</param>
    void Evaluate(StudentFacts facts, StudentIssueSink issues);
}
