namespace StudentPortfolio.PropertyTests.Fuzzing;

/// <summary>The byte and token mutations the fuzzing harness applies to a valid input.</summary>
public enum MutationKind
{
    /// <summary>Flips one bit.</summary>
    FlipBit,

    /// <summary>Overwrites one byte with an interesting value (structural characters, invalid UTF-8 lead bytes, NUL).</summary>
    SetByte,

    /// <summary>Inserts a token from the dictionary (JSON punctuation, literals, extreme numbers, ID-shaped strings, invalid UTF-8).</summary>
    InsertToken,

    /// <summary>Deletes a range.</summary>
    Delete,

    /// <summary>Duplicates a range in place.</summary>
    Duplicate,

    /// <summary>Cuts the input at a position.</summary>
    Truncate,

    /// <summary>Inserts a range copied from another seed input.</summary>
    Splice,

    /// <summary>Replaces the number nearest the position with an extreme number.</summary>
    ReplaceNumber,

    /// <summary>Replaces the string nearest the position with an extreme string.</summary>
    ReplaceString,

    /// <summary>Inserts deeply nested arrays or objects.</summary>
    DeepNesting,
}
