namespace StudentPortfolio.Portfolio;

/// <summary>Why an enrollment event cannot follow the events before it.</summary>
public enum EnrollmentSequenceError
{
    /// <summary>The event needs an active registration, but the student is not enrolled (before admission, or after transfer-out or withdrawal).</summary>
    NotEnrolled = 1,

    /// <summary>Admission or transfer-in while the student is already registered at a school.</summary>
    AlreadyEnrolled = 2,

    /// <summary>The event follows graduation.</summary>
    AfterGraduation = 3,

    /// <summary>The event is recorded by a school that is not the school of record.</summary>
    WrongSchool = 4,

    /// <summary>The event needs a counterpart school (previous school for transfer-in, host school for borrowed study).</summary>
    CounterpartRequired = 5,

    /// <summary>The counterpart school is the recording school itself.</summary>
    CounterpartIsSameSchool = 6,

    /// <summary>A transfer-in names a previous school other than the school transferred out of, or is recorded by a school other than the one the transfer-out named.</summary>
    TransferCounterpartMismatch = 7,

    /// <summary>Resumption (復學) without a prior suspension.</summary>
    ResumeWithoutSuspension = 8,

    /// <summary>The event is not allowed while the student is suspended (resume or withdraw first).</summary>
    WhileSuspended = 9,

    /// <summary>A borrowed study starts while another is still running (overlapping borrowed study).</summary>
    BorrowedStudyOverlap = 10,

    /// <summary>A borrowed study ends without having started.</summary>
    BorrowedStudyEndWithoutStart = 11,

    /// <summary>A borrowed study ends at a host school other than the one it started at.</summary>
    HostSchoolMismatch = 12,

    /// <summary>The event is not allowed during borrowed study (end the borrowed study first).</summary>
    DuringBorrowedStudy = 13,

    /// <summary>A programme change (轉科) does not name the new programme.</summary>
    ProgrammeRequired = 14,

    /// <summary>Admission after a transfer-out: the receiving school records a transfer-in instead.</summary>
    TransferInExpected = 15,
}
