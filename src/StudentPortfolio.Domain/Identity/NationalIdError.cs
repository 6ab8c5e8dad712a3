namespace StudentPortfolio.Identity;

/// <summary>Why a text is not a valid <see cref="NationalId"/>.</summary>
internal enum NationalIdError
{
    None = 0,
    Empty,
    Length,
    FirstLetter,
    SecondCharacter,
    Digits,
    Checksum,
}
