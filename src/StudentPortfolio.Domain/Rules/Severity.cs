namespace StudentPortfolio.Rules;

/// <summary>How serious a rule violation is.</summary>
public enum Severity
{
    /// <summary>Worth a look, but the data may be submitted (e.g. below a school's recommended minimum).</summary>
    Warning = 1,

    /// <summary>The data breaks a rule and must not be submitted as it is.</summary>
    Error = 2,
}
