using System.Globalization;
using NodaTime.Text;

namespace StudentPortfolio.Portfolio;

/// <summary>One impossible step in an enrollment history: which event (index in date order), and why.</summary>
/// <param name="EventIndex">The index of the offending event in <see cref="EnrollmentHistory.Events"/> (date order).</param>
/// <param name="Event">The offending event.</param>
/// <param name="Error">Why the event cannot follow the events before it.</param>
/// <param name="StatusBefore">The status before the event.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EnrollmentSequenceProblem(int EventIndex, EnrollmentEvent Event, EnrollmentSequenceError Error, EnrollmentStatus StatusBefore)
{
    /// <summary>Gets an English description naming the event index, date, kind and reason.</summary>
    public string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"Enrollment event {EventIndex} ({LocalDatePattern.Iso.Format(Event.Date)} {Event.Kind} at {Event.School}) cannot follow a student in status {StatusBefore}: {Describe(Error)}");

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;

    internal static string Describe(EnrollmentSequenceError error) => error switch
    {
        EnrollmentSequenceError.NotEnrolled => "the student is not enrolled at that point.",
        EnrollmentSequenceError.AlreadyEnrolled => "the student is already registered at a school.",
        EnrollmentSequenceError.AfterGraduation => "the student has already graduated.",
        EnrollmentSequenceError.WrongSchool => "the event is recorded by a school that is not the school of record.",
        EnrollmentSequenceError.CounterpartRequired => "the event needs a counterpart school (previous school or host school).",
        EnrollmentSequenceError.CounterpartIsSameSchool => "the counterpart school is the recording school itself.",
        EnrollmentSequenceError.TransferCounterpartMismatch => "the transfer-in does not match the preceding transfer-out (previous or receiving school differs).",
        EnrollmentSequenceError.ResumeWithoutSuspension => "a resumption needs a prior suspension.",
        EnrollmentSequenceError.WhileSuspended => "the event is not allowed while the student is suspended.",
        EnrollmentSequenceError.BorrowedStudyOverlap => "a borrowed study is already running (borrowed studies must not overlap).",
        EnrollmentSequenceError.BorrowedStudyEndWithoutStart => "no borrowed study is running.",
        EnrollmentSequenceError.HostSchoolMismatch => "the host school differs from the one the borrowed study started at.",
        EnrollmentSequenceError.DuringBorrowedStudy => "the event is not allowed during borrowed study.",
        EnrollmentSequenceError.ProgrammeRequired => "a programme change must name the new programme.",
        EnrollmentSequenceError.TransferInExpected => "after a transfer-out the receiving school records a transfer-in, not an admission.",
        _ => error.ToString(),
    };
}
