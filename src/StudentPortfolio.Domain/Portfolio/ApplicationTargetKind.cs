namespace StudentPortfolio.Portfolio;

/// <summary>The kind of institution a student applies to with items picked from the central database.</summary>
public enum ApplicationTargetKind
{
    /// <summary>A university department (大學個人申請): national caps 3 outcomes and 10 multi-performance items.</summary>
    University = 1,

    /// <summary>A technical college department (技專校院四技二專甄選/申請): national caps 9 outcomes and 10 multi-performance items.</summary>
    TechnicalCollege = 2,
}
