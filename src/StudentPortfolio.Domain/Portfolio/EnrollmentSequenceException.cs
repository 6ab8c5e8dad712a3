using NodaTime;

namespace StudentPortfolio.Portfolio;

/// <summary>Thrown by <see cref="EnrollmentHistory.Create"/> when the events form an impossible sequence.</summary>
/// <remarks>The message names the offending event's index, date, kind and the reason; it carries no personal data.</remarks>
public sealed class EnrollmentSequenceException : ArgumentException
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">The first impossible step found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is <see langword="null"/>.</exception>
    public EnrollmentSequenceException(EnrollmentSequenceProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Message)
    {
        Problem = problem;
    }

    /// <summary>Gets the problem.</summary>
    public EnrollmentSequenceProblem Problem { get; }

    /// <summary>Gets the index of the offending event in date order.</summary>
    public int EventIndex => Problem.EventIndex;

    /// <summary>Gets the date of the offending event.</summary>
    public LocalDate EventDate => Problem.Event.Date;

    /// <summary>Gets the kind of the offending event.</summary>
    public EnrollmentEventKind EventKind => Problem.Event.Kind;

    /// <summary>Gets the reason.</summary>
    public EnrollmentSequenceError Error => Problem.Error;
}
