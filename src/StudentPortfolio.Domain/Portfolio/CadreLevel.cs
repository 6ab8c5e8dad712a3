namespace StudentPortfolio.Portfolio;

/// <summary>The level of a cadre role (幹部等級). The national code values are not published; these are the levels the regulations name.</summary>
public enum CadreLevel
{
    /// <summary>School level (校級), e.g. student council.</summary>
    School = 1,

    /// <summary>Class level (班級).</summary>
    Class = 2,

    /// <summary>Club level (社團).</summary>
    Club = 3,

    /// <summary>Any other level.</summary>
    Other = 9,
}
