namespace StudentPortfolio.Identity;

/// <summary>
/// Why a text is not a valid <see cref="NationalId"/>, as returned by
/// <see cref="NationalId.TryParse(ReadOnlySpan{char}, out NationalId, out NationalIdError)"/>, so that callers need not
/// read exception text.
/// </summary>
public enum NationalIdError
{
    /// <summary>The text is a valid identity number.</summary>
    None = 0,

    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>The text is not ten characters long.</summary>
    Length,

    /// <summary>The first character is not an upper-case letter A–Z.</summary>
    FirstLetter,

    /// <summary>The second character is neither 1/2 (national ID), 8/9 (new resident certificate) nor A–D (old resident certificate).</summary>
    SecondCharacter,

    /// <summary>Characters 3 to 10 are not all digits.</summary>
    Digits,

    /// <summary>The check digit does not match.</summary>
    Checksum,
}
