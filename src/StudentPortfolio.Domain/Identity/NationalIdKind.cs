namespace StudentPortfolio.Identity;

/// <summary>The kind of identity number a <see cref="NationalId"/> holds.</summary>
public enum NationalIdKind
{
    /// <summary>Citizen national ID (身分證統一編號): a letter, then 1 or 2, then eight digits.</summary>
    Citizen = 1,

    /// <summary>New-style resident certificate number (新式外來人口統一證號, from 2021-01-02): a letter, then 8 or 9, then eight digits.</summary>
    NewResidentCertificate = 2,

    /// <summary>Old-style resident certificate number (舊式居留證號): two letters (the second A–D), then eight digits.</summary>
    OldResidentCertificate = 3,
}
