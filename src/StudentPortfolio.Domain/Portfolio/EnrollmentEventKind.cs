namespace StudentPortfolio.Portfolio;

/// <summary>The kinds of enrollment (學籍) events.</summary>
public enum EnrollmentEventKind
{
    /// <summary>Admission (入學).</summary>
    Admit = 1,

    /// <summary>Transfer in from another school (轉入); the counterpart is the previous school.</summary>
    TransferIn = 2,

    /// <summary>Transfer out to another school (轉出); the counterpart is the receiving school, if known.</summary>
    TransferOut = 3,

    /// <summary>Change of programme or department within the school (轉科/轉學程).</summary>
    ProgrammeChange = 4,

    /// <summary>Suspension of study (休學).</summary>
    Suspend = 5,

    /// <summary>Resumption after suspension (復學).</summary>
    Resume = 6,

    /// <summary>Repeating a year (重讀); the student studies the year's grade again.</summary>
    RepeatYear = 7,

    /// <summary>Start of borrowed study at a host school (借讀開始); the counterpart is the host school.</summary>
    BorrowedStudyStart = 8,

    /// <summary>End of borrowed study (借讀結束); the counterpart is the host school.</summary>
    BorrowedStudyEnd = 9,

    /// <summary>Withdrawal (退學/離校).</summary>
    Withdraw = 10,

    /// <summary>Graduation (畢業).</summary>
    Graduate = 11,
}
