namespace StudentPortfolio.Calendar;

/// <summary>A semester (學期) of an academic year.</summary>
public enum Semester
{
    /// <summary>Semester 1 (上學期): 1 August to 31 January.</summary>
    First = 1,

    /// <summary>Semester 2 (下學期): 1 February to 31 July.</summary>
    Second = 2,
}
