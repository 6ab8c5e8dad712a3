using StudentPortfolio.Identity;
using StudentPortfolio.Internal;
using StudentPortfolio.Portfolio;

namespace StudentPortfolio.Workflow;

/// <summary>
/// A course learning outcome on its way through the workflow: the student, the outcome entity, its
/// <see cref="OutcomeState"/>, and what was last submitted.
/// </summary>
/// <remarks>
/// The constructor enforces the invariants the transitions keep: an item that is certified, selected, submitted,
/// received or disputed has a certification that covers its current content, so no item reaches the central
/// database uncertified. <see cref="ToString"/> masks the student. Immutable and thread-safe.
/// </remarks>
public sealed record OutcomeWorkItem
{
    /// <summary>Creates a work item.</summary>
    /// <param name="student">The student.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="state">The state.</param>
    /// <param name="submittedHash">The content hash last submitted; required from <see cref="OutcomeState.Submitted"/> on.</param>
    /// <param name="submissionCount">How often the outcome was submitted (1 after the first submission, more after resubmissions).</param>
    /// <param name="courseClass">The class or teaching group the course was taken in (開課班級), for class-scoped certification.</param>
    /// <param name="supervisor">The staff identifier of the supervising teacher (指導教師) named on the outcome, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is undefined or <paramref name="submissionCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">The state does not fit the outcome (see remarks) or the submission fields.</exception>
    public OutcomeWorkItem(StudentKey student, CourseLearningOutcome outcome, OutcomeState state, ContentHash? submittedHash = null, int submissionCount = 0, string? courseClass = null, string? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Guard.Defined(state);
        ArgumentOutOfRangeException.ThrowIfNegative(submissionCount);
        var everSubmitted = state is OutcomeState.Submitted or OutcomeState.Received or OutcomeState.Disputed or OutcomeState.Corrected;
        var mustBeCertified = state is OutcomeState.Certified or OutcomeState.Selected or OutcomeState.Submitted or OutcomeState.Received or OutcomeState.Disputed;
        if (mustBeCertified && !outcome.IsCertified)
        {
            throw new ArgumentException($"An outcome in state {state} must be certified for its current content.", nameof(state));
        }

        if (state is OutcomeState.Selected && !outcome.IsSelected)
        {
            throw new ArgumentException("A selected item's outcome must be selected.", nameof(state));
        }

        if (state is OutcomeState.Uploaded or OutcomeState.Rejected or OutcomeState.Certified && outcome.IsSelected)
        {
            throw new ArgumentException($"An outcome in state {state} must not be selected.", nameof(state));
        }

        if (state is OutcomeState.Rejected && outcome.Certification.Status != CertificationStatus.Rejected)
        {
            throw new ArgumentException("A rejected item's certification must be a rejection.", nameof(state));
        }

        if (everSubmitted != (submittedHash is not null) || everSubmitted != (submissionCount > 0))
        {
            throw new ArgumentException("The submitted hash and count are set exactly from the Submitted state on.", nameof(submittedHash));
        }

        Student = student;
        Outcome = outcome;
        State = state;
        SubmittedHash = submittedHash;
        SubmissionCount = submissionCount;
        CourseClass = string.IsNullOrWhiteSpace(courseClass) ? null : courseClass;
        Supervisor = string.IsNullOrWhiteSpace(supervisor) ? null : supervisor;
    }

    /// <summary>Gets the student; prints masked.</summary>
    public StudentKey Student { get; }

    /// <summary>Gets the outcome.</summary>
    public CourseLearningOutcome Outcome { get; }

    /// <summary>Gets the state.</summary>
    public OutcomeState State { get; }

    /// <summary>Gets the content hash last submitted, from the first submission on.</summary>
    public ContentHash? SubmittedHash { get; }

    /// <summary>Gets how often the outcome was submitted.</summary>
    public int SubmissionCount { get; }

    /// <summary>Gets the class or teaching group the course was taken in, when known.</summary>
    public string? CourseClass { get; }

    /// <summary>Gets the supervising teacher (指導教師) named on the outcome, if any.</summary>
    public string? Supervisor { get; }

    /// <summary>Gets the record identifier.</summary>
    public RecordId Id => Outcome.Id;

    /// <summary>
    /// Creates the item for an outcome that has not been submitted yet, reading its state off the entity:
    /// certified and selected → <see cref="OutcomeState.Selected"/>; certified → <see cref="OutcomeState.Certified"/>;
    /// rejected → <see cref="OutcomeState.Rejected"/>; otherwise (pending, or content changed since certification)
    /// → <see cref="OutcomeState.Uploaded"/>. A selection without a current certification is void: the returned
    /// item's outcome has it cleared.
    /// </summary>
    /// <param name="student">The student.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="courseClass">The class the course was taken in, if known.</param>
    /// <param name="supervisor">The supervising teacher named on the outcome, if any.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    public static OutcomeWorkItem FromOutcome(StudentKey student, CourseLearningOutcome outcome, string? courseClass = null, string? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var state = outcome.IsCertified
            ? (outcome.IsSelected ? OutcomeState.Selected : OutcomeState.Certified)
            : outcome.Certification.Status == CertificationStatus.Rejected ? OutcomeState.Rejected : OutcomeState.Uploaded;
        if (!outcome.IsCertified && outcome.IsSelected)
        {
            outcome = outcome.WithSelection(false);
        }

        return new OutcomeWorkItem(student, outcome, state, courseClass: courseClass, supervisor: supervisor);
    }

    /// <summary>The item after a transition: same student, class and supervisor.</summary>
    internal OutcomeWorkItem Next(CourseLearningOutcome outcome, OutcomeState state, ContentHash? submittedHash = null, int submissionCount = 0) =>
        new(Student, outcome, state, submittedHash, submissionCount, CourseClass, Supervisor);

    /// <summary>Returns the masked student, record and state.</summary>
    /// <returns>For example <c>A12****789/2008-05-01 O1 Certified</c>.</returns>
    public override string ToString() => $"{Student} {Id} {State}";
}
