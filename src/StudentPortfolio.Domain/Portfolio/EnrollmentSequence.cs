namespace StudentPortfolio.Portfolio;

/// <summary>
/// The enrollment state machine: which event may follow which state, and the state after it. Small static
/// functions so that streaming validators can reuse them event by event.
/// </summary>
internal static class EnrollmentSequence
{
    /// <summary>Returns why <paramref name="e"/> cannot follow <paramref name="state"/>, or <see langword="null"/> when it can.</summary>
    public static EnrollmentSequenceError? Check(in EnrollmentState state, EnrollmentEvent e)
    {
        switch (e.Kind)
        {
            case EnrollmentEventKind.Admit:
                return state.Status switch
                {
                    EnrollmentStatus.NotEnrolled or EnrollmentStatus.Withdrawn => null,
                    EnrollmentStatus.Graduated => EnrollmentSequenceError.AfterGraduation,
                    EnrollmentStatus.TransferredOut => EnrollmentSequenceError.TransferInExpected,
                    _ => EnrollmentSequenceError.AlreadyEnrolled,
                };

            case EnrollmentEventKind.TransferIn:
                if (e.CounterpartSchool is not { } previous)
                {
                    return EnrollmentSequenceError.CounterpartRequired;
                }

                if (previous == e.School)
                {
                    return EnrollmentSequenceError.CounterpartIsSameSchool;
                }

                return state.Status switch
                {
                    EnrollmentStatus.NotEnrolled => null,
                    EnrollmentStatus.TransferredOut =>
                        state.School != previous || (state.CounterpartSchool is { } target && target != e.School)
                            ? EnrollmentSequenceError.TransferCounterpartMismatch
                            : null,
                    EnrollmentStatus.Graduated => EnrollmentSequenceError.AfterGraduation,
                    EnrollmentStatus.Withdrawn => EnrollmentSequenceError.NotEnrolled,
                    _ => EnrollmentSequenceError.AlreadyEnrolled,
                };

            case EnrollmentEventKind.Resume:
                return Registered(state, e) ?? (state.Status == EnrollmentStatus.Suspended ? null : EnrollmentSequenceError.ResumeWithoutSuspension);

            case EnrollmentEventKind.BorrowedStudyEnd:
                if (Registered(state, e) is { } notRegistered)
                {
                    return notRegistered;
                }

                if (state.Status != EnrollmentStatus.BorrowedStudy)
                {
                    return EnrollmentSequenceError.BorrowedStudyEndWithoutStart;
                }

                return e.CounterpartSchool is { } host && host != state.CounterpartSchool ? EnrollmentSequenceError.HostSchoolMismatch : null;

            case EnrollmentEventKind.BorrowedStudyStart:
                if (e.CounterpartSchool is not { } hostSchool)
                {
                    return EnrollmentSequenceError.CounterpartRequired;
                }

                if (hostSchool == e.School)
                {
                    return EnrollmentSequenceError.CounterpartIsSameSchool;
                }

                return Registered(state, e) ?? state.Status switch
                {
                    EnrollmentStatus.BorrowedStudy => EnrollmentSequenceError.BorrowedStudyOverlap,
                    EnrollmentStatus.Suspended => EnrollmentSequenceError.WhileSuspended,
                    _ => null,
                };

            case EnrollmentEventKind.Withdraw:
                return Registered(state, e) ?? (state.Status == EnrollmentStatus.BorrowedStudy ? EnrollmentSequenceError.DuringBorrowedStudy : null);

            case EnrollmentEventKind.TransferOut:
                if (e.CounterpartSchool is { } receiving && receiving == e.School)
                {
                    return EnrollmentSequenceError.CounterpartIsSameSchool;
                }

                return Studying(state, e);

            case EnrollmentEventKind.ProgrammeChange:
                return Studying(state, e) ?? (string.IsNullOrWhiteSpace(e.Programme) ? EnrollmentSequenceError.ProgrammeRequired : null);

            default: // Suspend, RepeatYear, Graduate
                return Studying(state, e);
        }
    }

    /// <summary>Returns the state after <paramref name="e"/>; call only when <see cref="Check"/> returned <see langword="null"/>.</summary>
    public static EnrollmentState Apply(in EnrollmentState state, EnrollmentEvent e)
    {
        var programme = e.Programme ?? state.Programme;
        return e.Kind switch
        {
            EnrollmentEventKind.Admit or EnrollmentEventKind.TransferIn => new EnrollmentState(EnrollmentStatus.Enrolled, e.School, null, e.Programme),
            EnrollmentEventKind.TransferOut => new EnrollmentState(EnrollmentStatus.TransferredOut, state.School, e.CounterpartSchool, programme),
            EnrollmentEventKind.Suspend => new EnrollmentState(EnrollmentStatus.Suspended, state.School, null, programme),
            EnrollmentEventKind.BorrowedStudyStart => new EnrollmentState(EnrollmentStatus.BorrowedStudy, state.School, e.CounterpartSchool, programme),
            EnrollmentEventKind.Withdraw => new EnrollmentState(EnrollmentStatus.Withdrawn, state.School, null, programme),
            EnrollmentEventKind.Graduate => new EnrollmentState(EnrollmentStatus.Graduated, state.School, null, programme),

            // Resume, RepeatYear, ProgrammeChange, BorrowedStudyEnd: studying at the school of record.
            _ => new EnrollmentState(EnrollmentStatus.Enrolled, state.School, null, programme),
        };
    }

    /// <summary>Walks the events (already in date order); impossible events are reported and skipped.</summary>
    public static (EnrollmentState[] StatesAfter, List<EnrollmentSequenceProblem> Problems) Run(IReadOnlyList<EnrollmentEvent> events)
    {
        var states = new EnrollmentState[events.Count];
        var problems = new List<EnrollmentSequenceProblem>();
        var state = EnrollmentState.None;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (Check(state, e) is { } error)
            {
                problems.Add(new EnrollmentSequenceProblem(i, e, error, state.Status));
            }
            else
            {
                state = Apply(state, e);
            }

            states[i] = state;
        }

        return (states, problems);
    }

    /// <summary>The event needs a registration at the recording school (enrolled, suspended or on borrowed study).</summary>
    private static EnrollmentSequenceError? Registered(in EnrollmentState state, EnrollmentEvent e) => state.Status switch
    {
        EnrollmentStatus.Graduated => EnrollmentSequenceError.AfterGraduation,
        EnrollmentStatus.NotEnrolled or EnrollmentStatus.TransferredOut or EnrollmentStatus.Withdrawn => EnrollmentSequenceError.NotEnrolled,
        _ => state.School != e.School ? EnrollmentSequenceError.WrongSchool : null,
    };

    /// <summary>The event needs the student studying at the recording school (not suspended, not on borrowed study).</summary>
    private static EnrollmentSequenceError? Studying(in EnrollmentState state, EnrollmentEvent e) => Registered(state, e) ?? state.Status switch
    {
        EnrollmentStatus.Suspended => EnrollmentSequenceError.WhileSuspended,
        EnrollmentStatus.BorrowedStudy => EnrollmentSequenceError.DuringBorrowedStudy,
        _ => null,
    };
}
