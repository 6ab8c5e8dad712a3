namespace StudentPortfolio.Enrollment;

/// <summary>Why a school does, or no school does, submit a term's content.</summary>
public enum ResponsibilityReason
{
    /// <summary>The school is the last school of record during the term (after a mid-term transfer, the receiving school).</summary>
    SchoolOfRecord = 1,

    /// <summary>The student studied at a host school during the term (借讀); the home school of record submits.</summary>
    HomeSchoolOfBorrowedStudy = 2,

    /// <summary>The record was taken at another school or in another programme (轉學轉科); the receiving school submits it in its own upload term.</summary>
    ReceivingSchoolOfTransfer = 3,

    /// <summary>No submission is due: the student was suspended (休學) throughout the term (or at its end, by policy).</summary>
    Suspended = 4,

    /// <summary>No submission is due from any school in this history: the student was not registered during the term.</summary>
    NotRegistered = 5,

    /// <summary>The responsible school cannot be determined from the history (e.g. the receiving school of a transfer is unknown).</summary>
    Unknown = 6,
}
